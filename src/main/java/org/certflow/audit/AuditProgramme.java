package org.certflow.audit;

import java.util.List;
import java.util.Optional;

import org.certflow.audit.process.InternalAudits;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's internal audit programme (clause 9.2.2): planning audits, each with its scope, day and an auditor
 * independent of the audited work (see {@link AuditorIndependence}), and what the programme has covered so far.
 */
@Service
public class AuditProgramme {

    private final AuditRepository audits;
    private final ProjectService projects;
    private final Requirements requirements;
    private final AuditPlanValidator validator;
    private final InternalAudits internalAudits;
    private final People people;

    AuditProgramme(AuditRepository audits, ProjectService projects, Requirements requirements,
                   AuditPlanValidator validator, InternalAudits internalAudits, People people) {
        this.audits = audits;
        this.projects = projects;
        this.requirements = requirements;
        this.validator = validator;
        this.internalAudits = internalAudits;
        this.people = people;
    }

    /** The project manager keeps the programme; only they plan its audits. */
    @Transactional(readOnly = true)
    public boolean mayPlan(long projectId, String username) {
        return projects.get(projectId).holders(Role.PROJECT_MANAGER).contains(username);
    }

    /**
     * Plans the audit and starts its InternalAuditProcess: the auditor's task, due on the planned day. Refused input
     * ({@link InvalidAuditInputException}, by field: title, plannedDate, auditor, clauses, controls) plans nothing.
     */
    @Transactional
    public Audit plan(AuditPlan plan, String plannedBy) {
        Project project = projects.get(plan.projectId());
        if (!mayPlan(project.id(), plannedBy)) {
            throw new AccessDeniedException(people.displayName(plannedBy) + " is not a project manager of "
                    + project.name() + ": only they plan its audits.");
        }
        List<Requirement> scope = validator.validate(project, plan);
        Audit audit = audits.save(new Audit(plan, scope.stream().map(Requirement::key).toList(), plannedBy,
                EngineClock.now()));
        audit.processStarted(internalAudits.start(audit));
        return audits.save(audit);
    }

    /** The project's audits by planned date. */
    @Transactional(readOnly = true)
    public List<Audit> audits(long projectId) {
        return audits.findByProjectIdOrderByPlannedDateAscIdAsc(projectId);
    }

    @Transactional(readOnly = true)
    public Optional<Audit> find(long auditId) {
        return audits.findById(auditId);
    }

    @Transactional(readOnly = true)
    public Audit get(long auditId) {
        return find(auditId).orElseThrow(() -> new IllegalArgumentException("No audit " + auditId));
    }

    /** The audit's scope in catalogue order. */
    @Transactional(readOnly = true)
    public List<Requirement> scope(Audit audit) {
        return requirements.resolve(projects.get(audit.projectId()),
                audit.results().stream().map(AuditResult::requirement).toList());
    }

    /** What the completed audits have examined of the project's requirements (see {@link AuditCoverage}). */
    @Transactional(readOnly = true)
    public AuditCoverage coverage(long projectId) {
        Project project = projects.get(projectId);
        List<Audit> completed = audits(projectId).stream().filter(Audit::isCompleted).toList();
        return AuditCoverage.of(requirements.clauses(project), requirements.applicableControls(projectId),
                key -> completed.stream().anyMatch(a -> a.result(key).map(r -> r.result().isAudited()).orElse(false)));
    }
}
