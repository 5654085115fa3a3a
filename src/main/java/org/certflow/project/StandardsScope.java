package org.certflow.project;

import java.util.EnumSet;
import java.util.Set;

import org.certflow.catalog.Standard;
import org.certflow.security.Role;

/** Which standards a project certifies against: one or both as one integrated management system. */
public enum StandardsScope {
    ISO27001_ONLY("ISO 27001", EnumSet.of(Standard.ISO27001)),
    ISO42001_ONLY("ISO 42001", EnumSet.of(Standard.ISO42001)),
    BOTH("ISO 27001 + ISO 42001", EnumSet.of(Standard.ISO27001, Standard.ISO42001));

    private final String label;
    private final Set<Standard> standards;

    StandardsScope(String label, Set<Standard> standards) {
        this.label = label;
        this.standards = standards;
    }

    public String label() {
        return label;
    }

    public Set<Standard> standards() {
        return EnumSet.copyOf(standards);
    }

    public boolean includes(Standard standard) {
        return standards.contains(standard);
    }

    /** The roles a project needs someone for: all of them, the AI governance lead only with ISO 42001. */
    public Set<Role> requiredRoles() {
        Set<Role> roles = EnumSet.allOf(Role.class);
        if (!includes(Standard.ISO42001)) {
            roles.remove(Role.AI_GOVERNANCE_LEAD);
        }
        return roles;
    }
}
