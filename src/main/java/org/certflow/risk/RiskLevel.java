package org.certflow.risk;

/** The level the risk matrix gives a likelihood and an impact, lowest first; the DMN table outputs the lower-case name. */
public enum RiskLevel {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    CRITICAL("Critical");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The level named by the risk matrix's output, e.g. {@code high}. */
    static RiskLevel ofDecisionOutput(String output) {
        return valueOf(output.toUpperCase());
    }
}
