package org.certflow.risk;

import java.time.LocalDate;
import java.util.Set;

/**
 * A risk as someone enters it in the register. The rating fields go from 1 to 5; the residual ones rate the risk
 * with its treatment in place. Field names double as the keys of {@link InvalidRiskException#fieldErrors()}.
 */
public record RiskInput(String title, String asset, RiskThreat threat, Integer likelihood, Integer impact,
                        Integer residualLikelihood, Integer residualImpact, String owner, RiskTreatment treatment,
                        String treatmentPlan, Set<String> controls, LocalDate nextReview) {

    public static final String TITLE = "title";
    public static final String ASSET = "asset";
    public static final String THREAT = "threat";
    public static final String LIKELIHOOD = "likelihood";
    public static final String IMPACT = "impact";
    public static final String RESIDUAL_LIKELIHOOD = "residualLikelihood";
    public static final String RESIDUAL_IMPACT = "residualImpact";
    public static final String OWNER = "owner";
    public static final String TREATMENT = "treatment";
    public static final String TREATMENT_PLAN = "treatmentPlan";
    public static final String CONTROLS = "controls";
    public static final String NEXT_REVIEW = "nextReview";

    public RiskInput {
        controls = controls == null ? Set.of() : Set.copyOf(controls);
    }

    /** The stored risk as input, to edit it. */
    public static RiskInput of(Risk risk) {
        return new RiskInput(risk.title(), risk.asset(), risk.threat(), risk.likelihood(), risk.impact(),
                risk.residualLikelihood(), risk.residualImpact(), risk.owner(), risk.treatment(),
                risk.treatmentPlan(), risk.controls(), risk.nextReview());
    }
}
