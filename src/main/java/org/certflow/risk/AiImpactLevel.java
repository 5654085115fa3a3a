package org.certflow.risk;

import java.util.Arrays;
import java.util.Optional;

/** The assessor's overall rating of an AI system's impact on people and society; forms store the lower-case name. */
public enum AiImpactLevel {
    LOW("Low"),
    MODERATE("Moderate"),
    HIGH("High");

    private final String label;

    AiImpactLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AiImpactLevel> ofFormValue(String value) {
        return Arrays.stream(values()).filter(l -> l.name().toLowerCase().equals(value)).findFirst();
    }
}
