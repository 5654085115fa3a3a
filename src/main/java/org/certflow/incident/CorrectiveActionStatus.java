package org.certflow.incident;

/** Whether a corrective action of an incident is still to be taken. */
public enum CorrectiveActionStatus {
    OPEN("Open"),
    DONE("Done");

    private final String label;

    CorrectiveActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
