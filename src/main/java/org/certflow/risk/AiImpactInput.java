package org.certflow.risk;

/** An impact assessment as the assessor's form gives it. */
public record AiImpactInput(String affectedGroups, String fundamentalRights, String societalImpact,
                            String mitigations, AiImpactLevel impactLevel) {
}
