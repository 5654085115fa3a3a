package org.certflow.risk.process;

import static org.certflow.risk.process.RiskReviewVariables.ABOVE_APPETITE;
import static org.certflow.risk.process.RiskReviewVariables.ACCEPTED_UNTIL;
import static org.certflow.risk.process.RiskReviewVariables.ACCEPT_RESIDUAL_RISK;
import static org.certflow.risk.process.RiskReviewVariables.APPROVE_TREATMENT_PLAN;
import static org.certflow.risk.process.RiskReviewVariables.IMPACT;
import static org.certflow.risk.process.RiskReviewVariables.LIKELIHOOD;
import static org.certflow.risk.process.RiskReviewVariables.RESIDUAL_IMPACT;
import static org.certflow.risk.process.RiskReviewVariables.RESIDUAL_LIKELIHOOD;
import static org.certflow.risk.process.RiskReviewVariables.REVIEW_NOTES;
import static org.certflow.risk.process.RiskReviewVariables.RISK_ID;
import static org.certflow.risk.process.RiskReviewVariables.RISK_OWNER;
import static org.certflow.risk.process.RiskReviewVariables.TREATMENT;
import static org.certflow.risk.process.RiskReviewVariables.TREATMENT_PLAN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.certflow.project.process.DecisionKeys;
import org.certflow.risk.Risk;
import org.certflow.risk.RiskRegister;
import org.springframework.stereotype.Component;

/**
 * Starts one risk's review ({@code ${riskReviewPreparation}} on the review subprocess): its owner, and its current
 * ratings and treatment for the review form to open with. All are local to the risk's review, as are the decisions
 * taken in it, so the parallel reviews of a round never see each other's answers.
 */
@Component
class RiskReviewPreparation implements ExecutionListener {

    private final RiskRegister register;

    RiskReviewPreparation(RiskRegister register) {
        this.register = register;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Risk risk = register.get(((Number) execution.getVariable(RISK_ID)).longValue());
        VariableMap variables = Variables.createVariables()
                .putValue(RISK_OWNER, risk.owner())
                .putValue(LIKELIHOOD, (long) risk.likelihood())
                .putValue(IMPACT, (long) risk.impact())
                .putValue(RESIDUAL_LIKELIHOOD, (long) risk.residualLikelihood())
                .putValue(RESIDUAL_IMPACT, (long) risk.residualImpact())
                .putValue(TREATMENT, risk.treatment().formValue())
                .putValue(TREATMENT_PLAN, risk.treatmentPlan())
                .putValue(REVIEW_NOTES, null)
                .putValue(ABOVE_APPETITE, null)
                .putValue(ACCEPTED_UNTIL, null);
        for (String task : new String[] {APPROVE_TREATMENT_PLAN, ACCEPT_RESIDUAL_RISK}) {
            DecisionKeys keys = DecisionKeys.of(task);
            variables.putValue(keys.decision(), null).putValue(keys.reason(), null);
        }
        execution.setVariablesLocal(variables);
    }
}
