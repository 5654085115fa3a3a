package org.certflow.catalog;

/** A clause of the Harmonized Structure (4-10) with its title in each standard. */
public record Clause(String id, String parent, String titleIso27001, String titleIso42001, Kind kind) {

    public enum Kind {
        /** Same requirement in both standards: done once for an integrated management system. */
        COMMON,
        /** Same number, discipline-specific content (information security risk vs AI risk). */
        DISCIPLINE_SPECIFIC,
        /** Only in ISO 42001 (AI system impact assessment). */
        ISO42001_ONLY
    }

    public boolean appliesTo(Standard standard) {
        return kind != Kind.ISO42001_ONLY || standard == Standard.ISO42001;
    }

    public String title(Standard standard) {
        return standard == Standard.ISO27001 ? titleIso27001 : titleIso42001;
    }
}
