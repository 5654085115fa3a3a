package org.certflow.incident;

import java.util.Arrays;
import java.util.Locale;

/** The severity of an incident: proposed by the decision table {@code IncidentSeverity}, confirmed at triage. */
public enum Severity {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    MAJOR("Major");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value the decision table and the process variables hold, e.g. {@code major}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No severity " + code));
    }
}
