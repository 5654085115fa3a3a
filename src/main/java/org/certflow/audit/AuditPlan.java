package org.certflow.audit;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the programme page asks to plan an audit: a title, the day, the auditor, and the scope: main clauses (ids
 * "4" to "10", each with all its requirements) and Annex A controls (control keys) of the project's SoA.
 */
public record AuditPlan(long projectId, String title, LocalDate plannedDate, String auditor, Set<String> clauses,
                        Set<String> controls) {

    public AuditPlan {
        clauses = clauses == null ? Set.of() : Set.copyOf(clauses);
        controls = controls == null ? Set.of() : Set.copyOf(controls);
    }
}
