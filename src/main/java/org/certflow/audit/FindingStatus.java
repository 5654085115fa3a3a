package org.certflow.audit;

/**
 * Where a finding stands. A nonconformity goes open, action planned, implemented, closed (verified effective), and
 * back to open when the action did not work; observations and opportunities for improvement are noted only.
 */
public enum FindingStatus {
    OPEN("Open"),
    ACTION_PLANNED("Action planned"),
    IMPLEMENTED("Implemented"),
    CLOSED("Closed, verified effective"),
    NOTED("Noted");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A nonconformity whose corrective action is not yet verified effective. */
    public boolean isOpen() {
        return this == OPEN || this == ACTION_PLANNED || this == IMPLEMENTED;
    }

    /** The corrective action is still to be implemented: the finding can be overdue. */
    public boolean awaitsAction() {
        return this == OPEN || this == ACTION_PLANNED;
    }
}
