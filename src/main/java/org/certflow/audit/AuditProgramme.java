package org.certflow.audit;

import java.time.LocalDate;
import java.util.Comparator;
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

    /** Days from planning an audit to carrying it out, unless a deadline comes sooner. */
    public static final int LEAD_DAYS = 14;
    static final String FULL_AUDIT_TITLE = "Full internal audit before Stage 1";

    private final AuditRepository audits;
    private final ProjectService projects;
    private final Requirements requirements;
    private final AuditPlanValidator validator;
    private final AuditorIndependence independence;
    private final InternalAudits internalAudits;
    private final People people;

    AuditProgramme(AuditRepository audits, ProjectService projects, Requirements requirements,
                   AuditPlanValidator validator, AuditorIndependence independence, InternalAudits internalAudits,
                   People people) {
        this.audits = audits;
        this.projects = projects;
        this.requirements = requirements;
        this.validator = validator;
        this.independence = independence;
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
        internalAudits.start(audit);
        return get(audit.id());
    }

    /**
     * Plans the full internal audit before Stage 1 for the audit and certification phase, which carries it out in
     * InternalAuditProcess as its call activity: every requirement of clauses 4-10 and every applicable control,
     * {@value #LEAD_DAYS} days ahead but by {@code dueBy} (the phase's due day), for the project's internal auditor
     * with the least of their own work in that scope, planned in the project manager's name. The auditor's own work
     * stays out of the scope: the readiness check then names it, for an audit by someone else on the programme page.
     */
    @Transactional
    public Audit planFullAudit(long projectId, LocalDate dueBy) {
        Project project = projects.get(projectId);
        List<Requirement> all = List.copyOf(requirements.all(project).values());
        String auditor = project.holders(Role.INTERNAL_AUDITOR).stream()
                .min(Comparator.comparingInt(candidate -> independence.ownWork(project, candidate, all).size()))
                .orElseThrow(() -> new IllegalStateException(project.name() + " has no internal auditor"));
        List<Requirement> ownWork = independence.ownWork(project, auditor, all);
        List<String> scope = all.stream().filter(r -> !ownWork.contains(r)).map(Requirement::key).toList();
        AuditPlan plan = new AuditPlan(projectId, FULL_AUDIT_TITLE, auditDay(dueBy), auditor, null, null);
        return audits.save(new Audit(plan, scope, project.holders(Role.PROJECT_MANAGER).get(0), EngineClock.now()));
    }

    /** Records the InternalAuditProcess instance that carries the audit out, however it was started. */
    @Transactional
    public void processStarted(long auditId, String processInstanceId) {
        Audit audit = get(auditId);
        audit.processStarted(processInstanceId);
        audits.save(audit);
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

    /** {@value #LEAD_DAYS} days from today, or the deadline if it comes sooner, but never a day that has passed. */
    private static LocalDate auditDay(LocalDate deadline) {
        LocalDate today = EngineClock.today();
        LocalDate day = today.plusDays(LEAD_DAYS);
        if (deadline.isBefore(day)) {
            day = deadline;
        }
        return day.isBefore(today) ? today : day;
    }
}
