package org.certflow.audit;

import java.util.List;
import java.util.function.Predicate;

/**
 * How much of a project the internal audit programme has examined: a requirement counts as covered once a
 * completed audit found it conforming or nonconforming ("not audited" does not count). The requirements are the
 * project's clauses 4-10 and the controls its SoA calls applicable now.
 */
public record AuditCoverage(List<Requirement> clauses, List<Requirement> clausesNotCovered,
                            List<Requirement> controls, List<Requirement> controlsNotCovered) {

    public AuditCoverage {
        clauses = List.copyOf(clauses);
        clausesNotCovered = List.copyOf(clausesNotCovered);
        controls = List.copyOf(controls);
        controlsNotCovered = List.copyOf(controlsNotCovered);
    }

    static AuditCoverage of(List<Requirement> clauses, List<Requirement> controls, Predicate<String> covered) {
        return new AuditCoverage(clauses, clauses.stream().filter(r -> !covered.test(r.key())).toList(),
                controls, controls.stream().filter(r -> !covered.test(r.key())).toList());
    }

    public int clausesCovered() {
        return clauses.size() - clausesNotCovered.size();
    }

    public int controlsCovered() {
        return controls.size() - controlsNotCovered.size();
    }
}
