package org.certflow.risk.process;

import static org.certflow.risk.process.RiskReviewVariables.ABOVE_APPETITE;
import static org.certflow.risk.process.RiskReviewVariables.IMPACT;
import static org.certflow.risk.process.RiskReviewVariables.LIKELIHOOD;
import static org.certflow.risk.process.RiskReviewVariables.RESIDUAL_IMPACT;
import static org.certflow.risk.process.RiskReviewVariables.RESIDUAL_LIKELIHOOD;
import static org.certflow.risk.process.RiskReviewVariables.REVIEW_NOTES;
import static org.certflow.risk.process.RiskReviewVariables.RISK_ID;
import static org.certflow.risk.process.RiskReviewVariables.TREATMENT;
import static org.certflow.risk.process.RiskReviewVariables.TREATMENT_PLAN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.risk.InvalidRiskException;
import org.certflow.risk.ReviewInput;
import org.certflow.risk.RiskReviewResults;
import org.certflow.risk.RiskTreatment;
import org.certflow.shared.CompletionRefusedException;
import org.springframework.stereotype.Component;

/**
 * Rates the reviewed risk with the risk matrix and records the review ({@code Task_RateRisk}); says whether the
 * residual risk is above the project's appetite. A review the register refuses is refused at completion.
 */
@Component
class RateRiskDelegate implements JavaDelegate {

    private final RiskReviewResults results;

    RateRiskDelegate(RiskReviewResults results) {
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long riskId = ((Number) execution.getVariable(RISK_ID)).longValue();
        ReviewInput review = new ReviewInput(rating(execution, LIKELIHOOD), rating(execution, IMPACT),
                rating(execution, RESIDUAL_LIKELIHOOD), rating(execution, RESIDUAL_IMPACT),
                RiskTreatment.ofFormValue((String) execution.getVariable(TREATMENT)).orElse(null),
                (String) execution.getVariable(TREATMENT_PLAN), (String) execution.getVariable(REVIEW_NOTES));
        try {
            results.recordReview(riskId, review, SignedInUser.of(execution));
        } catch (InvalidRiskException refused) {
            throw new CompletionRefusedException("The review was not saved: " + refused.getMessage());
        }
        execution.setVariable(ABOVE_APPETITE, results.needsExecutive(riskId));
    }

    private static Integer rating(DelegateExecution execution, String key) {
        return execution.getVariable(key) instanceof Number number ? number.intValue() : null;
    }
}
