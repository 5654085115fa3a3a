package org.certflow.risk.process;

/** Names of the process variables of {@code AiImpactAssessmentProcess}, one instance per AI system. */
public final class AiImpactVariables {

    public static final String PROCESS = "AiImpactAssessmentProcess";
    /** Message that ends the assessments of a retired AI system (correlated by {@link #AI_SYSTEM_ID}). */
    public static final String AI_SYSTEM_RETIRED = "AiSystemRetired";
    /** Long: the AI system assessed. */
    public static final String AI_SYSTEM_ID = "aiSystemId";
    /* The fields of the assessment form. */
    public static final String AFFECTED_GROUPS = "affectedGroups";
    public static final String FUNDAMENTAL_RIGHTS = "fundamentalRights";
    public static final String SOCIETAL_IMPACT = "societalImpact";
    public static final String MITIGATIONS = "mitigations";
    /** String: {@code low}, {@code moderate} or {@code high}. */
    public static final String IMPACT_LEVEL = "impactLevel";
    /** Date: when the approved assessment is due again; the re-assessment timer waits for it. */
    public static final String NEXT_ASSESSMENT_DATE = "nextAssessmentDate";

    private AiImpactVariables() {
    }
}
