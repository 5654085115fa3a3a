package org.certflow.incident;

import java.util.Locale;

/**
 * How badly an incident hits one aspect (confidentiality, integrity, availability, or, for an AI system, people).
 * The severity decision table reads the {@link #code()}.
 */
public enum Impact {
    NONE("None", "not affected"),
    LOW("Low", "limited, easily undone, no one outside the team notices"),
    MEDIUM("Medium", "noticeable for customers or staff, recoverable within a day"),
    HIGH("High", "serious: data exposed or corrupted widely, a key service down, people harmed");

    private final String label;
    private final String meaning;

    Impact(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    /** A short guide for the reporter choosing a level. */
    public String meaning() {
        return meaning;
    }

    /** The value the decision table and the process variables hold, e.g. {@code medium}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
