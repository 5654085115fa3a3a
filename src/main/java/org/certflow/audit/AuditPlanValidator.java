package org.certflow.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.certflow.project.Project;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/**
 * Checks a plan field by field (title, plannedDate, auditor, clauses, controls), so the programme page can put
 * each message next to its field, and works out the scope it stands for.
 */
@Component
class AuditPlanValidator {

    static final int MAX_TITLE = 200;

    private final Requirements requirements;
    private final AuditorIndependence independence;
    private final People people;

    AuditPlanValidator(Requirements requirements, AuditorIndependence independence, People people) {
        this.requirements = requirements;
        this.independence = independence;
        this.people = people;
    }

    /** The plan's scope in catalogue order; {@link InvalidAuditInputException} when any field is refused. */
    List<Requirement> validate(Project project, AuditPlan plan) {
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
