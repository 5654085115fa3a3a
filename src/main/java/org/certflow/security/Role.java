package org.certflow.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of a certification project. BPMN user tasks name a role by its group id in
 * {@code camunda:candidateGroups}; who holds the role is decided per project (see {@link ProjectGroups}).
 */
public enum Role {
    PROJECT_MANAGER("projectManager", "Project manager"),
    CONTROL_OWNER("controlOwner", "Control owner"),
    RISK_OWNER("riskOwner", "Risk owner"),
    AI_GOVERNANCE_LEAD("aiGovernanceLead", "AI governance lead"),
    INCIDENT_MANAGER("incidentManager", "Incident manager"),
    INTERNAL_AUDITOR("internalAuditor", "Internal auditor"),
    EXECUTIVE("executive", "Executive");

    private final String groupId;
    private final String label;

    Role(String groupId, String label) {
        this.groupId = groupId;
        this.label = label;
    }

    /** The Camunda group id, as written in {@code camunda:candidateGroups}. */
    public String groupId() {
        return groupId;
    }

    public String label() {
        return label;
    }

    public static Optional<Role> ofGroupId(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
