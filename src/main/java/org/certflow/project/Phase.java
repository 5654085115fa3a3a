package org.certflow.project;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four phases of a certification project, each one BPMN process called by CertificationProjectProcess,
 * with the planned length in weeks the plan may choose from.
 */
public enum Phase {
    GAP_ANALYSIS("Gap analysis", "GapAnalysisProcess", 2, 4),
    POLICY_AND_FRAMEWORK("Policy and framework", "PolicyAndFrameworkProcess", 2, 4),
    CONTROL_IMPLEMENTATION("Control implementation", "ControlImplementationProcess", 8, 12),
    AUDIT_AND_CERTIFICATION("Audit and certification", "AuditAndCertificationProcess", 4, 6);

    private final String label;
    private final String processKey;
    private final int minWeeks;
    private final int maxWeeks;

    Phase(String label, String processKey, int minWeeks, int maxWeeks) {
        this.label = label;
        this.processKey = processKey;
        this.minWeeks = minWeeks;
        this.maxWeeks = maxWeeks;
    }

    public String label() {
        return label;
    }

    public String processKey() {
        return processKey;
    }

    public int minWeeks() {
        return minWeeks;
    }

    public int maxWeeks() {
        return maxWeeks;
    }

    public static Optional<Phase> ofProcessKey(String processKey) {
        return Arrays.stream(values()).filter(p -> p.processKey.equals(processKey)).findFirst();
    }
}
