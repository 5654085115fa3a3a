package org.certflow.project;

public enum ImplementationStatus {
    NOT_STARTED("Not started"),
    IN_REVIEW("In review"),
    IMPLEMENTED("Implemented");

    private final String label;

    ImplementationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
