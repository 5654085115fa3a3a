package org.certflow.project;

/** Where the organisation starts from; an ISO 27001 certificate shortens the way to ISO 42001. */
public enum StartingPoint {
    NONE("No certification yet"),
    CERTIFIED_27001("Already certified to ISO 27001");

    private final String label;

    StartingPoint(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
