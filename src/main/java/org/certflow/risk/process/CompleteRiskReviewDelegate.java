package org.certflow.risk.process;

import static org.certflow.risk.process.RiskReviewVariables.RISK_ID;
import static org.certflow.risk.process.RiskReviewVariables.RISK_OWNER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.risk.RiskReviewResults;
import org.springframework.stereotype.Component;

/** Closes a risk's review ({@code Task_CompleteRiskReview}): reviewed now, its plan approved by its owner. */
@Component
class CompleteRiskReviewDelegate implements JavaDelegate {

    private final RiskReviewResults results;

    CompleteRiskReviewDelegate(RiskReviewResults results) {
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        results.completeReview(((Number) execution.getVariable(RISK_ID)).longValue(),
                (String) execution.getVariable(RISK_OWNER));
    }
}
