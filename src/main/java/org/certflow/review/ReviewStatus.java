package org.certflow.review;

/** Where a management review stands. */
public enum ReviewStatus {
    IN_PREPARATION("In preparation"),
    AWAITING_DECISION("Awaiting the executive's decisions"),
    COMPLETED("Completed");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
