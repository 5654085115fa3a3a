package org.certflow.risk.process;

import static org.certflow.risk.process.AiImpactVariables.AI_SYSTEM_ID;
import static org.certflow.risk.process.AiImpactVariables.NEXT_ASSESSMENT_DATE;

import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.risk.AiImpactAssessment;
import org.certflow.risk.AiImpactAssessments;
import org.springframework.stereotype.Component;

/**
 * Records the AI governance lead's approval in the assessment ({@code Task_RecordAiImpactApproval}) and sets the
 * date the re-assessment timer waits for.
 */
@Component
class RecordAiImpactApprovalDelegate implements JavaDelegate {

    private final AiImpactAssessments assessments;

    RecordAiImpactApprovalDelegate(AiImpactAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AiImpactAssessment approved = assessments.approveLatest(
                ((Number) execution.getVariable(AI_SYSTEM_ID)).longValue(), SignedInUser.of(execution));
        execution.setVariable(NEXT_ASSESSMENT_DATE,
                Date.from(approved.nextAssessment().atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }
}
