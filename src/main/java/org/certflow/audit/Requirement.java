package org.certflow.audit;

import java.util.List;
import java.util.stream.Collectors;

import org.certflow.catalog.Control;

/**
 * Something an audit checks: a clause of 4-10 (key {@code clause:9.2.2}) or an Annex A control (key
 * {@code ISO42001:A.2.2}, the catalogue's control key). {@code reference} is how people cite it ("Clause 9.2.2",
 * "ISO 42001 A.2.2").
 */
public record Requirement(String key, String reference, String title) {

    static final String CLAUSE_PREFIX = "clause:";

    static Requirement clause(String id, String title) {
        return new Requirement(CLAUSE_PREFIX + id, "Clause " + id, title);
    }

    static Requirement control(Control control) {
        return new Requirement(control.key(), control.standard().shortName() + " " + control.id(), control.title());
    }

    public boolean isClause() {
        return key.startsWith(CLAUSE_PREFIX);
    }

    /** The number people cite: "9.2.2", "A.2.2". */
    public String id() {
        return key.substring(key.indexOf(':') + 1);
    }

    /** "Clause 9.2.2 Internal audit programme", "ISO 42001 A.2.2 AI policy". */
    public String label() {
        return reference + " " + title;
    }

    /** "Clause 4.1, Clause 4.2 and 3 more": the first {@code named} references, and how many others. */
    static String cite(List<Requirement> requirements, int named) {
        String first = requirements.stream().limit(named).map(Requirement::reference)
                .collect(Collectors.joining(", "));
        return requirements.size() > named ? first + " and " + (requirements.size() - named) + " more" : first;
    }

    /** Whether this requirement is {@code prefix} itself or lies under it: "clause:9.2" covers "clause:9.2.1". */
    boolean isWithin(String prefix) {
        return key.equals(prefix) || key.startsWith(prefix + ".");
    }
}
