package org.certflow.certification;

/**
 * A finding is recorded (open), then corrected through its corrective action, then closed; an observation or
 * opportunity for improvement of Stage 2 is noted when Stage 2 is recorded, for the organisation to consider, and
 * needs no corrective action.
 */
public enum FindingStatus {
    OPEN("Open"),
    IN_CORRECTION("In correction"),
    CLOSED("Closed"),
    NOTED("Noted");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
