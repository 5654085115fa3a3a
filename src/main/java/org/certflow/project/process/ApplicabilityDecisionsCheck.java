package org.certflow.project.process;

import static org.certflow.project.process.ProcessVariables.projectId;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.project.StatementOfApplicability;
import org.certflow.shared.CompletionRefusedException;
import org.springframework.stereotype.Component;

/**
 * Keeps the applicability task and the final Statement of Applicability open until every control has an
 * applicability decision and a justification (clause 6.1.3 d): the auditor reads one for each control.
 */
@Component
class ApplicabilityDecisionsCheck implements TaskListener {

    private final StatementOfApplicability soa;

    ApplicabilityDecisionsCheck(StatementOfApplicability soa) {
        this.soa = soa;
    }

    @Override
    public void notify(DelegateTask task) {
        int open = soa.undecided(projectId(task)).size();
        if (open > 0) {
            throw new CompletionRefusedException(open + (open == 1 ? " control still needs" : " controls still need")
                    + " an applicability decision and a justification.");
        }
    }
}
