package org.certflow.risk;

/**
 * What a risk owner gives in a review: the ratings before and after treatment, the treatment and its plan, and
 * what changed since the last review (optional).
 */
public record ReviewInput(Integer likelihood, Integer impact, Integer residualLikelihood, Integer residualImpact,
                          RiskTreatment treatment, String treatmentPlan, String notes) {
}
