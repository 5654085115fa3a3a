package org.certflow.risk.process;

import static org.certflow.risk.process.AiImpactVariables.AI_SYSTEM_ID;
import static org.certflow.risk.process.RiskReviewVariables.RISK_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.risk.AiSystems;
import org.certflow.risk.RiskRegister;
import org.springframework.stereotype.Component;

/**
 * Names a task after the risk or AI system it is about ("Review risk: Card data skimmed at checkout"), so a list of
 * a round's reviews, and the decisions taken in them, say which risk each one is.
 */
@Component
class RiskTaskNames implements TaskListener {

    private final RiskRegister register;
    private final AiSystems aiSystems;

    RiskTaskNames(RiskRegister register, AiSystems aiSystems) {
        this.register = register;
        this.aiSystems = aiSystems;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getVariable(RISK_ID) instanceof Number riskId) {
            task.setName(task.getName() + ": " + register.get(riskId.longValue()).title());
        } else if (task.getVariable(AI_SYSTEM_ID) instanceof Number aiSystemId) {
            task.setName(task.getName() + ": " + aiSystems.get(aiSystemId.longValue()).name());
        }
    }
}
