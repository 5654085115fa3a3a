package org.certflow.risk.process;

import static org.certflow.project.process.ProcessVariables.APPROVE;
import static org.certflow.risk.process.RiskReviewVariables.APPROVE_TREATMENT_PLAN;
import static org.certflow.risk.process.RiskReviewVariables.RISK_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.project.process.DecisionKeys;
import org.certflow.risk.RiskReviewResults;
import org.springframework.stereotype.Component;

/**
 * Notes in the risk's history that its owner approved the treatment plan ({@code Task_ApproveTreatmentPlan}
 * completed with "approve"), even while an executive has yet to accept the residual risk: the plan is approved.
 */
@Component
class RecordPlanApprovalListener implements TaskListener {

    private static final DecisionKeys KEYS = DecisionKeys.of(APPROVE_TREATMENT_PLAN);

    private final RiskReviewResults results;

    RecordPlanApprovalListener(RiskReviewResults results) {
        this.results = results;
    }

    @Override
    public void notify(DelegateTask task) {
        if (APPROVE.equals(task.getVariable(KEYS.decision()))) {
            results.recordPlanApproval(((Number) task.getVariable(RISK_ID)).longValue(), SignedInUser.of(task));
        }
    }
}
