package org.certflow.audit.process;

import static org.certflow.audit.process.CorrectiveActionVariables.CORRECTIVE_ACTION_DUE;
import static org.certflow.audit.process.CorrectiveActionVariables.FINDING_ID;
import static org.certflow.audit.process.CorrectiveActionVariables.FINDING_OWNER;
import static org.certflow.audit.process.CorrectiveActionVariables.FINDING_SOURCE;
import static org.certflow.audit.process.CorrectiveActionVariables.FINDING_TITLE;
import static org.certflow.audit.process.CorrectiveActionVariables.PROJECT_ID;
import static org.certflow.audit.process.CorrectiveActionVariables.VERIFIER;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The start contract of CorrectiveActionProcess (process key {@value CorrectiveActionVariables#PROCESS_KEY},
 * business key = the project id), one instance per nonconformity. The audit feature owns the process, its forms and
 * delegates; the feature that starts it owns the finding: it passes its own finding id and a {@code findingSource}
 * naming itself, and listens to {@link org.certflow.audit.CorrectiveActionProgressed} events of that source to keep
 * its finding's status in step. Internal audit findings use {@value CorrectiveActionVariables#INTERNAL_AUDIT};
 * Stage 1 findings of the certification body use their own source, e.g. {@code "stage1Audit"}.
 * <p>
 * The variables: {@code projectId} (Long), {@code findingId} (Long), {@code findingSource} (String),
 * {@code findingTitle} (String, added to the task names), {@code findingOwner} (username: root cause, action plan and
 * implementation are theirs; control owners of the project may take the task over if they give it back),
 * {@code verifier} (username: checks effectiveness, never the owner; the task's role is the internal auditor) and
 * {@code correctiveActionDue} (ISO date string: the action is overdue after this day). Start it with
 * {@link CorrectiveActions#start}, or over REST with the same variables.
 */
public record CorrectiveActionStart(long projectId, long findingId, String findingSource, String findingTitle,
                                    String findingOwner, String verifier, LocalDate correctiveActionDue) {

    public CorrectiveActionStart {
        Objects.requireNonNull(findingSource, "findingSource");
        Objects.requireNonNull(findingTitle, "findingTitle");
        Objects.requireNonNull(findingOwner, "findingOwner");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(correctiveActionDue, "correctiveActionDue");
        requireIndependentVerifier(findingOwner, verifier);
    }

    /**
     * The verifier checks the owner's action (auditor independence, clause 9.2.2 c): never the same person. Checked
     * here, and again by the process itself for starts that do not come through this record (call activities, REST).
     */
    static void requireIndependentVerifier(String findingOwner, String verifier) {
        if (findingOwner.equals(verifier)) {
            throw new IllegalArgumentException("The verifier checks the corrective action of the finding's owner, "
                    + "so cannot be its owner: " + verifier + " cannot verify their own action.");
        }
    }

    Map<String, Object> variables() {
        return Map.of(PROJECT_ID, projectId, FINDING_ID, findingId, FINDING_SOURCE, findingSource,
                FINDING_TITLE, findingTitle, FINDING_OWNER, findingOwner, VERIFIER, verifier,
                CORRECTIVE_ACTION_DUE, correctiveActionDue.toString());
    }
}
