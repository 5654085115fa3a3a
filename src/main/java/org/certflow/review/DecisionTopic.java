package org.certflow.review;

/** What a management-review decision is about (clause 9.3.3, and resources from 7.1). */
public enum DecisionTopic {
    CONTINUAL_IMPROVEMENT("Continual improvement"),
    MANAGEMENT_SYSTEM_CHANGE("Change to the management system"),
    RESOURCES("Resources");

    private final String label;

    DecisionTopic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
