package org.certflow.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.certflow.catalog.Catalog;
import org.certflow.catalog.Clause;
import org.certflow.catalog.Standard;
import org.certflow.project.Project;
import org.certflow.project.StatementOfApplicability;
import org.springframework.stereotype.Component;

/**
 * What a project's audits can check: the requirements of clauses 4-10 for its standards (the lowest clauses, e.g.
 * 9.2.1 and 9.2.2 rather than 9.2; 6.1.4 and 8.4 only with ISO 42001) and the controls its SoA calls applicable,
 * each in catalogue order.
 */
@Component
public class Requirements {

    private final Catalog catalog;
    private final StatementOfApplicability soa;

    Requirements(Catalog catalog, StatementOfApplicability soa) {
        this.catalog = catalog;
        this.soa = soa;
    }

    /** Clauses 4 to 10 with their titles: the clauses an audit's scope is chosen from. */
    public List<Requirement> mainClauses(Project project) {
        return catalog.clauses().stream().filter(c -> c.parent().isBlank())
                .map(c -> Requirement.clause(c.id(), title(c, project.standards().standards()))).toList();
    }

    /** Every requirement of clauses 4-10 that applies to the project. */
    public List<Requirement> clauses(Project project) {
        Set<Standard> standards = project.standards().standards();
        Set<String> parents = catalog.clauses().stream().map(Clause::parent).collect(Collectors.toSet());
        return catalog.clauses().stream().filter(c -> !parents.contains(c.id()))
                .filter(c -> standards.stream().anyMatch(c::appliesTo))
                .map(c -> Requirement.clause(c.id(), title(c, standards))).toList();
    }

    public List<Requirement> applicableControls(long projectId) {
        return soa.applicableControls(projectId).stream().flatMap(key -> catalog.control(key).stream())
                .map(Requirement::control).toList();
    }

    /** All the project's auditable requirements by key, in catalogue order: its clauses, then its controls. */
    public Map<String, Requirement> all(Project project) {
        return Stream.concat(clauses(project).stream(), applicableControls(project.id()).stream())
                .collect(Collectors.toMap(Requirement::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** These requirements in catalogue order; a control counts even if the SoA no longer calls it applicable. */
    public List<Requirement> resolve(Project project, Collection<String> keys) {
        Set<String> wanted = Set.copyOf(keys);
        return Stream.concat(clauses(project).stream(), catalog.controls().stream().map(Requirement::control))
                .filter(r -> wanted.contains(r.key())).toList();
    }

    /**
     * The clause's title in the project's standards: the same in both for most clauses, "Information security risk
     * assessment / AI risk assessment" where the disciplines differ.
     */
    private static String title(Clause clause, Set<Standard> standards) {
        return standards.stream().filter(clause::appliesTo).map(clause::title).filter(t -> !t.isBlank()).distinct()
                .collect(Collectors.joining(" / "));
    }
}
