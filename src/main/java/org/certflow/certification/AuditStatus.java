package org.certflow.certification;

/** Where a certification audit cycle stands. */
public enum AuditStatus {
    /** Readiness check, logistics, evidence pack, up to the Stage 1 audit. */
    PREPARING("In preparation"),
    /** Stage 1 recorded; its findings are being corrected, then Stage 2. */
    STAGE_1_DONE("Stage 1 done"),
    CERTIFIED("Certified"),
    NOT_CERTIFIED("Not certified");

    private final String label;

    AuditStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isInProgress() {
        return this == PREPARING || this == STAGE_1_DONE;
    }
}
