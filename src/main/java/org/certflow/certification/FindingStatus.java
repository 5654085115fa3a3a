package org.certflow.certification;

/** A finding is recorded (open), then corrected through its corrective action, then closed. */
public enum FindingStatus {
    OPEN("Open"),
    IN_CORRECTION("In correction"),
    CLOSED("Closed");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
