package org.certflow.certification;

/** The audit of the certification body a finding comes from; {@code source} is what the corrective action gets. */
public enum AuditStage {
    STAGE_1("Stage 1", "STAGE1"),
    STAGE_2("Stage 2", "STAGE2");

    private final String label;
    private final String source;

    AuditStage(String label, String source) {
        this.label = label;
        this.source = source;
    }

    public String label() {
        return label;
    }

    /** The {@code findingSource} a corrective action for a finding of this stage is started with. */
    public String source() {
        return source;
    }
}
