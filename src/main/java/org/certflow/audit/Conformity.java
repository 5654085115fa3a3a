package org.certflow.audit;

/** What an auditor found for one requirement in the audit's scope. */
public enum Conformity {
    CONFORMING("Conforming"),
    NONCONFORMING("Nonconforming"),
    /** In scope, but not examined in this audit (it does not count towards coverage). */
    NOT_AUDITED("Not audited");

    private final String label;

    Conformity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Conforming or nonconforming: the requirement was examined. */
    public boolean isAudited() {
        return this != NOT_AUDITED;
    }
}
