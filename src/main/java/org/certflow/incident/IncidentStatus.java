package org.certflow.incident;

/** How far the handling of an incident has come, in the order of the incident process. */
public enum IncidentStatus {
    REPORTED("Reported"),
    TRIAGED("Triaged"),
    CONTAINED("Contained"),
    NOTIFIED("Notified"),
    INVESTIGATED("Investigated"),
    CORRECTIVE_ACTIONS("Corrective actions"),
    CLOSED("Closed");

    private final String label;

    IncidentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
