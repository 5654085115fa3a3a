package org.certflow.risk.process;

import static org.certflow.project.process.ProcessVariables.APPROVE;
import static org.certflow.risk.process.RiskReviewVariables.ACCEPTED_UNTIL;
import static org.certflow.risk.process.RiskReviewVariables.ACCEPT_RESIDUAL_RISK;
import static org.certflow.risk.process.RiskReviewVariables.RISK_ID;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.project.process.DecisionKeys;
import org.certflow.risk.InvalidRiskException;
import org.certflow.risk.RiskReviewResults;
import org.certflow.shared.CompletionRefusedException;
import org.springframework.stereotype.Component;

/**
 * Records the executive's decision on a residual risk above the appetite in the risk ({@code
 * Task_RecordAcceptanceDecision}): accepted until a date, which is required, or sent back to treatment.
 */
@Component
class RecordAcceptanceDecisionDelegate implements JavaDelegate {

    private static final DecisionKeys KEYS = DecisionKeys.of(ACCEPT_RESIDUAL_RISK);

    private final RiskReviewResults results;

    RecordAcceptanceDecisionDelegate(RiskReviewResults results) {
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long riskId = ((Number) execution.getVariable(RISK_ID)).longValue();
        String executive = SignedInUser.of(execution);
        if (!APPROVE.equals(execution.getVariable(KEYS.decision()))) {
            results.recordSentBack(riskId, executive, (String) execution.getVariable(KEYS.reason()));
            return;
        }
        try {
            results.recordAcceptance(riskId, date(execution.getVariable(ACCEPTED_UNTIL)), executive);
        } catch (InvalidRiskException refused) {
            throw new CompletionRefusedException(refused.getMessage());
        }
    }

    private static LocalDate date(Object value) {
        try {
            return value == null ? null : LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
