package org.certflow.audit;

/** A step in the life of a finding, as its log shows it and as CorrectiveActionProcess reports it. */
public enum FindingStep {
    RAISED("Raised"),
    ROOT_CAUSE_FOUND("Root cause found"),
    ACTION_PLANNED("Action planned"),
    IMPLEMENTED("Action implemented"),
    OVERDUE("Overdue: action not implemented by the due date"),
    NOT_EFFECTIVE("Action not effective: reopened"),
    VERIFIED_EFFECTIVE("Verified effective: closed");

    private final String label;

    FindingStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
