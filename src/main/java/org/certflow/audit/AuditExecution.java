package org.certflow.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.certflow.audit.process.CorrectiveActionStart;
import org.certflow.audit.process.CorrectiveActionVariables;
import org.certflow.audit.process.CorrectiveActions;
import org.certflow.project.Project;
import org.certflow.project.ProjectMember;
import org.certflow.project.ProjectService;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.shared.EngineClock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carrying out an audit: its auditor records a result for each requirement in scope and the findings, until the
 * audit's task is completed. Recording a nonconformity starts its corrective action at once.
 */
@Service
public class AuditExecution {

    static final int MAX_NOTE = 2000;
    private static final int NAMED = 3;

    private final AuditRepository audits;
    private final FindingRepository findings;
    private final ProjectService projects;
    private final Requirements requirements;
    private final AuditorIndependence independence;
    private final CorrectiveActions correctiveActions;

    AuditExecution(AuditRepository audits, FindingRepository findings, ProjectService projects,
                   Requirements requirements, AuditorIndependence independence, CorrectiveActions correctiveActions) {
        this.audits = audits;
        this.findings = findings;
        this.projects = projects;
        this.requirements = requirements;
        this.independence = independence;
        this.correctiveActions = correctiveActions;
    }

    /** Only the audit's auditor records its results and findings, and only until the audit is completed. */
    public boolean mayRecord(Audit audit, String username) {
        return audit.auditor().equals(username) && !audit.isCompleted();
    }

    /** The result of one requirement in scope; conforming is refused while a nonconformity is recorded on it. */
    @Transactional
    public Audit recordResult(long auditId, String requirement, Conformity result, String note, String by) {
        Audit audit = recordable(auditId, by);
        if (requirement == null || !audit.covers(requirement)) {
            throw new InvalidAuditInputException("requirement", outOfScope(audit, requirement));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (result == null) {
            errors.put("result", "Choose the result.");
        } else if (result != Conformity.NONCONFORMING) {
            nonconformityOn(audit, requirement).ifPresent(f -> errors.put("result", f.reference()
                    + " records a nonconformity on this requirement: its result is nonconforming."));
        }
        if (note != null && note.trim().length() > MAX_NOTE) {
            errors.put("note", "At most " + MAX_NOTE + " characters, please.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidAuditInputException(errors);
        }
        audit.record(requirement, result, blankToNull(note));
        return audits.save(audit);
    }

    /**
     * Records a finding. A nonconformity makes its requirement's result nonconforming and starts its
     * CorrectiveActionProcess for its owner, with the auditor checking effectiveness.
     */
    @Transactional
    public Finding recordFinding(long auditId, NewFinding finding, String by) {
        Audit audit = recordable(auditId, by);
        Project project = projects.get(audit.projectId());
        NewFindingValidator.validate(audit, finding, possibleOwners(audit));
        Finding saved = findings.save(new Finding(audit, finding, by, EngineClock.now()));
        if (finding.grade().isNonconformity()) {
            String note = audit.result(finding.requirement()).map(AuditResult::note).orElse(null);
            audit.record(finding.requirement(), Conformity.NONCONFORMING, note);
            audits.save(audit);
            Requirement requirement = requirements.resolve(project, List.of(finding.requirement())).get(0);
            saved.processStarted(correctiveActions.start(new CorrectiveActionStart(project.id(), saved.id(),
                    CorrectiveActionVariables.INTERNAL_AUDIT, title(saved, requirement), saved.owner(),
                    audit.auditor(), saved.dueDate())));
            saved = findings.save(saved);
        }
        return saved;
    }

    /**
     * Completes the audit with the auditor's conclusion (InternalAuditProcess, at the end of the auditor's task).
     * Refused while a requirement has no result or a nonconforming requirement has no nonconformity recorded.
     */
    @Transactional
    public Audit complete(long auditId, String conclusion) {
        Audit audit = audits.findById(auditId).orElseThrow();
        Project project = projects.get(audit.projectId());
        List<Requirement> unrecorded = requirements.resolve(project, audit.unrecorded());
        if (!unrecorded.isEmpty()) {
            throw new CompletionRefusedException("Record a result for every requirement in the scope first: "
                    + unrecorded.size() + " have none yet (" + Requirement.cite(unrecorded, NAMED) + ").");
        }
        List<String> withoutFinding = audit.results().stream().filter(r -> r.result() == Conformity.NONCONFORMING)
                .map(AuditResult::requirement).filter(key -> nonconformityOn(audit, key).isEmpty()).toList();
        if (!withoutFinding.isEmpty()) {
            throw new CompletionRefusedException(Requirement.cite(requirements.resolve(project, withoutFinding), NAMED)
                    + ": nonconforming, but no nonconformity is recorded. Record each as a finding with its owner.");
        }
        if (conclusion == null || conclusion.isBlank()) {
            throw new CompletionRefusedException("Write the audit's conclusion for the management review.");
        }
        audit.complete(conclusion.trim(), EngineClock.now());
        return audits.save(audit);
    }

    /** Who may own a finding of the audit: the project's people, but not its auditor. */
    @Transactional(readOnly = true)
    public List<String> possibleOwners(Audit audit) {
        return projects.get(audit.projectId()).members().stream().map(ProjectMember::username)
                .filter(u -> !u.equals(audit.auditor())).distinct().sorted().toList();
    }

    /** Whose work the requirement is (see {@link AuditorIndependence#workers}), to propose as a finding's owner. */
    @Transactional(readOnly = true)
    public Optional<String> proposedOwner(Audit audit, String requirement) {
        Project project = projects.get(audit.projectId());
        return requirements.resolve(project, List.of(requirement)).stream()
                .flatMap(r -> independence.workers(project, r).stream())
                .filter(u -> !u.equals(audit.auditor())).findFirst();
    }

    private Audit recordable(long auditId, String by) {
        Audit audit = audits.findById(auditId).orElseThrow();
        if (!mayRecord(audit, by)) {
            throw new AccessDeniedException(audit.isCompleted() ? "The audit is completed: its results are final."
                    : "Only the audit's auditor records its results and findings.");
        }
        return audit;
    }

    /** "Clause 4.1 is not in this audit's scope: ..." (the key as given when it names no requirement at all). */
    private String outOfScope(Audit audit, String requirement) {
        String named = requirement == null ? "No requirement" : requirements.resolve(projects.get(audit.projectId()),
                List.of(requirement)).stream().map(Requirement::reference).findFirst().orElse(requirement);
        return named + " is not in this audit's scope: record results for the requirements it covers only.";
    }

    private Optional<Finding> nonconformityOn(Audit audit, String requirement) {
        return findings.findByAuditIdOrderById(audit.id()).stream()
                .filter(f -> f.grade().isNonconformity() && f.requirement().equals(requirement)).findFirst();
    }

    /** "F-12 minor nonconformity, Clause 9.2.2": what the corrective action's tasks are named after. */
    private static String title(Finding finding, Requirement requirement) {
        return finding.reference() + " " + finding.grade().label().toLowerCase() + ", " + requirement.reference();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
