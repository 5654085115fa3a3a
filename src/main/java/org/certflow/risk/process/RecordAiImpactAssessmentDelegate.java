package org.certflow.risk.process;

import static org.certflow.risk.process.AiImpactVariables.AFFECTED_GROUPS;
import static org.certflow.risk.process.AiImpactVariables.AI_SYSTEM_ID;
import static org.certflow.risk.process.AiImpactVariables.FUNDAMENTAL_RIGHTS;
import static org.certflow.risk.process.AiImpactVariables.IMPACT_LEVEL;
import static org.certflow.risk.process.AiImpactVariables.MITIGATIONS;
import static org.certflow.risk.process.AiImpactVariables.SOCIETAL_IMPACT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.risk.AiImpactAssessments;
import org.certflow.risk.AiImpactInput;
import org.certflow.risk.AiImpactLevel;
import org.certflow.risk.InvalidRiskException;
import org.certflow.shared.CompletionRefusedException;
import org.springframework.stereotype.Component;

/** Records the assessor's draft ({@code Task_RecordAiImpactAssessment}) for the AI governance lead to approve. */
@Component
class RecordAiImpactAssessmentDelegate implements JavaDelegate {

    private final AiImpactAssessments assessments;

    RecordAiImpactAssessmentDelegate(AiImpactAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AiImpactInput input = new AiImpactInput(text(execution, AFFECTED_GROUPS), text(execution, FUNDAMENTAL_RIGHTS),
                text(execution, SOCIETAL_IMPACT), text(execution, MITIGATIONS),
                AiImpactLevel.ofFormValue(text(execution, IMPACT_LEVEL)).orElse(null));
        try {
            assessments.recordDraft(((Number) execution.getVariable(AI_SYSTEM_ID)).longValue(), input,
                    SignedInUser.of(execution));
        } catch (InvalidRiskException refused) {
            throw new CompletionRefusedException("The assessment was not saved: " + refused.getMessage());
        }
    }

    private static String text(DelegateExecution execution, String key) {
        return (String) execution.getVariable(key);
    }
}
