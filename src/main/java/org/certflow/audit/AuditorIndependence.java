package org.certflow.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.certflow.project.Project;
import org.certflow.project.SoaLine;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.springframework.stereotype.Component;

/**
 * The rule "an auditor does not audit their own work" (ISO 27001 / ISO 42001 clause 9.2.2 c, objectivity and
 * impartiality). An auditor may not have in an audit's scope:
 * <ol>
 * <li>an Annex A control they own in the project's Statement of Applicability (they implemented it);</li>
 * <li>a requirement whose work falls to a role they hold in the project, as CertFlow's processes hand it out
 * ({@link #OWN_WORK}): the project manager runs the management system (clauses 4, 5.2, 5.3, 6.1.1, 6.2, 6.3, 7,
 * 8.1, 9.1, the audit programme 9.2, preparing the review 9.3, and 10); the executive leads, approves the
 * policies and decides the management review (5.1, 5.2, 9.3); the risk owner assesses and treats risks (6.1.2,
 * 6.1.3, 8.2, 8.3); the AI governance lead writes the AI policy and runs AI impact assessments (5.2, 6.1.4, 8.4,
 * ISO 42001 A.2 and A.5); the incident manager handles incidents (ISO 27001 5.24-5.28 and 6.8, ISO 42001 A.3.3
 * and A.8.4).</li>
 * </ol>
 * A control owner's work is exactly the controls the SoA gives them (rule 1); an internal auditor's work is
 * auditing, and no audit has itself in scope, so the role adds nothing of its own.
 */
@Component
class AuditorIndependence {

    private static final Map<Role, List<String>> OWN_WORK = Map.of(
            Role.PROJECT_MANAGER, clauses("4", "5.2", "5.3", "6.1.1", "6.2", "6.3", "7", "8.1", "9.1", "9.2", "9.3",
                    "10"),
            Role.EXECUTIVE, clauses("5.1", "5.2", "9.3"),
            Role.RISK_OWNER, clauses("6.1.2", "6.1.3", "8.2", "8.3"),
            Role.AI_GOVERNANCE_LEAD, List.of(clause("5.2"), clause("6.1.4"), clause("8.4"), "ISO42001:A.2",
                    "ISO42001:A.5"),
            Role.INCIDENT_MANAGER, List.of("ISO27001:5.24", "ISO27001:5.25", "ISO27001:5.26", "ISO27001:5.27",
                    "ISO27001:5.28", "ISO27001:6.8", "ISO42001:A.3.3", "ISO42001:A.8.4"));
    private static final int NAMED = 4;

    private final StatementOfApplicability soa;
    private final People people;

    AuditorIndependence(StatementOfApplicability soa, People people) {
        this.soa = soa;
        this.people = people;
    }

    /** Why the auditor may not audit this scope, to show at the auditor field; empty when they may. */
    Optional<String> refusal(Project project, String auditor, Collection<Requirement> scope) {
        List<String> reasons = new ArrayList<>();
        List<Requirement> ownedInScope = ownedControls(project, auditor, scope);
        if (!ownedInScope.isEmpty()) {
            reasons.add(Requirement.cite(ownedInScope, NAMED) + " (controls they own in the SoA)");
        }
        for (Role role : Role.values()) {
            List<Requirement> roleWork = roleWork(project, auditor, role, scope);
            if (!roleWork.isEmpty()) {
                reasons.add(Requirement.cite(roleWork, NAMED) + " (work of their role " + role.label() + ")");
            }
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(people.displayName(auditor)
                + " would audit their own work: " + String.join("; ", reasons)
                + ". Choose another auditor, or take these out of the scope.");
    }

    /** The requirements of the scope that are the auditor's own work, by either rule, in scope order. */
    List<Requirement> ownWork(Project project, String auditor, Collection<Requirement> scope) {
        Set<Requirement> own = new HashSet<>(ownedControls(project, auditor, scope));
        for (Role role : Role.values()) {
            own.addAll(roleWork(project, auditor, role, scope));
        }
        return scope.stream().filter(own::contains).toList();
    }

    private List<Requirement> ownedControls(Project project, String auditor, Collection<Requirement> scope) {
        Set<String> owned = soa.lines(project.id()).stream().filter(l -> auditor.equals(l.owner()))
                .map(SoaLine::controlKey).collect(Collectors.toSet());
        return scope.stream().filter(r -> owned.contains(r.key())).toList();
    }

    private static List<Requirement> roleWork(Project project, String auditor, Role role,
                                              Collection<Requirement> scope) {
        List<String> work = OWN_WORK.getOrDefault(role, List.of());
        return project.holders(role).contains(auditor)
                ? scope.stream().filter(r -> work.stream().anyMatch(r::isWithin)).toList() : List.of();
    }

    /**
     * Whose work the requirement is in the project: the control's owner in the SoA, then the holders of the roles
     * whose work it is (in role order). The first is whom a nonconformity on it is proposed to.
     */
    List<String> workers(Project project, Requirement requirement) {
        List<String> workers = new ArrayList<>();
        if (!requirement.isClause()) {
            soa.lines(project.id()).stream().filter(l -> l.controlKey().equals(requirement.key()) && l.owner() != null)
                    .forEach(l -> workers.add(l.owner()));
        }
        OWN_WORK.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> e.getValue().stream().anyMatch(requirement::isWithin))
                .flatMap(e -> project.holders(e.getKey()).stream())
                .filter(u -> !workers.contains(u)).forEach(workers::add);
        return workers;
    }

    private static List<String> clauses(String... ids) {
        return Arrays.stream(ids).map(AuditorIndependence::clause).toList();
    }

    private static String clause(String id) {
        return Requirement.CLAUSE_PREFIX + id;
    }
}
