package org.certflow.audit;

/** Where an audit of the programme stands: planned, under way once a first result is in, completed. */
public enum AuditStatus {
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    COMPLETED("Completed");

    private final String label;

    AuditStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
