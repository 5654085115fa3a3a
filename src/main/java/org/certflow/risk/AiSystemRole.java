package org.certflow.risk;

/** The organisation's role for an AI system (ISO 42001 4.1, ISO/IEC 22989 5.19). */
public enum AiSystemRole {
    DEVELOPER("AI developer"),
    PROVIDER("AI provider"),
    USER("AI user");

    private final String label;

    AiSystemRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
