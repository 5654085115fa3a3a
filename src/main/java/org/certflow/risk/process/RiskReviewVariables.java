package org.certflow.risk.process;

/**
 * Names of the process variables of {@code RiskReviewProcess} and its per-project schedule,
 * {@code RiskReviewScheduleProcess} (which has only {@code projectId}).
 */
public final class RiskReviewVariables {

    public static final String REVIEW_PROCESS = "RiskReviewProcess";
    public static final String SCHEDULE_PROCESS = "RiskReviewScheduleProcess";
    /** Long: the {@link org.certflow.risk.ReviewRound} the instance works through. */
    public static final String REVIEW_ROUND_ID = "reviewRoundId";
    /** Date: when the owners' reviews are due. */
    public static final String REVIEW_DUE_DATE = "reviewDueDate";

    /* Local to each risk's review (the multi-instance element and the fields of its forms). */
    public static final String RISK_ID = "riskId";
    public static final String RISK_OWNER = "riskOwner";
    public static final String LIKELIHOOD = "likelihood";
    public static final String IMPACT = "impact";
    public static final String RESIDUAL_LIKELIHOOD = "residualLikelihood";
    public static final String RESIDUAL_IMPACT = "residualImpact";
    /** String: the treatment's form value, e.g. {@code mitigate}. */
    public static final String TREATMENT = "treatment";
    public static final String TREATMENT_PLAN = "treatmentPlan";
    public static final String REVIEW_NOTES = "reviewNotes";
    /** Boolean: the residual score the owner approved is above the project's risk appetite. */
    public static final String ABOVE_APPETITE = "aboveAppetite";
    /** ISO date string: the executive's acceptance holds until then. */
    public static final String ACCEPTED_UNTIL = "acceptedUntil";
    public static final String APPROVE_TREATMENT_PLAN = "Task_ApproveTreatmentPlan";
    public static final String ACCEPT_RESIDUAL_RISK = "Task_AcceptResidualRisk";

    private RiskReviewVariables() {
    }
}
