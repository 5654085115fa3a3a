package org.certflow.certification;

import java.util.Arrays;
import java.util.Optional;

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

    /**
     * Whether a finding of this grade gets a corrective action: every Stage 1 finding (the areas of concern are
     * cleared before Stage 2), only the nonconformities of Stage 2 (its observations and opportunities are noted).
     */
    public boolean needsCorrection(FindingGrade grade) {
        return this == STAGE_1 || grade.isNonconformity();
    }

    /** The stage whose corrective actions carry this {@code findingSource}, if any. */
    public static Optional<AuditStage> ofSource(String source) {
        return Arrays.stream(values()).filter(s -> s.source.equals(source)).findFirst();
    }

    /** The {@code findingSource} a corrective action for a finding of this stage is started with. */
    public String source() {
        return source;
    }
}
