package org.certflow.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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

    static final int MAX_TITLE = 200;

    private final AuditRepository audits;
    private final ProjectService projects;
    private final Requirements requirements;
    private final AuditorIndependence independence;
    private final InternalAudits internalAudits;
    private final People people;

    AuditProgramme(AuditRepository audits, ProjectService projects, Requirements requirements,
                   AuditorIndependence independence, InternalAudits internalAudits, People people) {
        this.audits = audits;
        this.projects = projects;
        this.requirements = requirements;
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
        List<Requirement> scope = validate(project, plan);
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

    private List<Requirement> validate(Project project, AuditPlan plan) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (plan.title() == null || plan.title().isBlank()) {
            errors.put("title", "Give the audit a title, e.g. \"AI management system, full audit\".");
        } else if (plan.title().trim().length() > MAX_TITLE) {
            errors.put("title", "At most " + MAX_TITLE + " characters, please.");
        }
        if (plan.plannedDate() == null) {
            errors.put("plannedDate", "Choose the day of the audit.");
        } else if (plan.plannedDate().isBefore(EngineClock.today())) {
            errors.put("plannedDate", "The day has passed: plan the audit for today or later.");
        }
        List<Requirement> scope = scope(project, plan, errors);
        if (plan.auditor() == null || plan.auditor().isBlank()) {
            errors.put("auditor", "Choose the auditor.");
        } else if (!project.holders(Role.INTERNAL_AUDITOR).contains(plan.auditor())) {
            errors.put("auditor", people.displayName(plan.auditor()) + " is not an internal auditor of the project: "
                    + "choose one of its internal auditors.");
        } else {
            independence.refusal(project, plan.auditor(), scope).ifPresent(r -> errors.put("auditor", r));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAuditInputException(errors);
        }
        return scope;
    }

    /** Every requirement of the chosen main clauses, then the chosen controls, each checked against the project. */
    private List<Requirement> scope(Project project, AuditPlan plan, Map<String, String> errors) {
        List<String> mainClauses = requirements.mainClauses(project).stream().map(Requirement::key).toList();
        plan.clauses().stream().filter(id -> !mainClauses.contains(Requirement.CLAUSE_PREFIX + id)).findFirst()
                .ifPresent(id -> errors.put("clauses", "\"" + id + "\" is not one of the clauses 4 to 10."));
        Map<String, Requirement> applicable = new LinkedHashMap<>();
        requirements.applicableControls(project.id()).forEach(r -> applicable.put(r.key(), r));
        plan.controls().stream().filter(key -> !applicable.containsKey(key)).findFirst()
                .ifPresent(key -> errors.put("controls", key + " is not an applicable control of the project: only "
                        + "controls the Statement of Applicability calls applicable are audited."));
        if (plan.clauses().isEmpty() && plan.controls().isEmpty()) {
            errors.put("clauses", "Choose at least one clause or control to audit.");
        }
        List<Requirement> clauses = requirements.clauses(project).stream().filter(r -> plan.clauses().stream()
                .anyMatch(id -> r.isWithin(Requirement.CLAUSE_PREFIX + id))).toList();
        List<Requirement> controls = applicable.values().stream().filter(r -> plan.controls().contains(r.key()))
                .toList();
        return Stream.concat(clauses.stream(), controls.stream()).toList();
    }
}
