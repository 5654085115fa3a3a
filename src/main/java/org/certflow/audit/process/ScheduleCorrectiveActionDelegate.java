package org.certflow.audit.process;

import static org.certflow.audit.process.CorrectiveActionVariables.ACTION_DUE_AT;
import static org.certflow.audit.process.CorrectiveActionVariables.CORRECTIVE_ACTION_DUE;
import static org.certflow.audit.process.CorrectiveActionVariables.FINDING_OWNER;
import static org.certflow.audit.process.CorrectiveActionVariables.FINDING_SOURCE;
import static org.certflow.audit.process.CorrectiveActionVariables.FINDING_TITLE;
import static org.certflow.audit.process.CorrectiveActionVariables.PLAN_DUE_AT;
import static org.certflow.audit.process.CorrectiveActionVariables.VERIFIER;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/**
 * "Set the deadlines" (CorrectiveActionProcess), at the start and after each action found not effective: the action
 * is due on {@code correctiveActionDue}; root cause and plan two weeks from now, never later than the action. A start
 * whose verifier is the finding's owner is refused here, whoever started it.
 */
@Component
class ScheduleCorrectiveActionDelegate implements JavaDelegate {

    static final int PLAN_DAYS = 14;
    private static final List<String> REQUIRED = List.of(FINDING_SOURCE, FINDING_TITLE, FINDING_OWNER, VERIFIER,
            CORRECTIVE_ACTION_DUE);

    @Override
    public void execute(DelegateExecution execution) {
        REQUIRED.stream().filter(name -> !(execution.getVariable(name) instanceof String)).findFirst()
                .ifPresent(name -> {
                    throw new IllegalStateException("CorrectiveActionProcess needs the String variable " + name
                            + " (see CorrectiveActionStart).");
                });
        CorrectiveActionStart.requireIndependentVerifier((String) execution.getVariable(FINDING_OWNER),
                (String) execution.getVariable(VERIFIER));
        LocalDate due = LocalDate.parse((String) execution.getVariable(CORRECTIVE_ACTION_DUE));
        LocalDate planDue = EngineClock.today().plusDays(PLAN_DAYS);
        execution.setVariable(ACTION_DUE_AT, EndOfDay.of(due));
        execution.setVariable(PLAN_DUE_AT, EndOfDay.of(planDue.isBefore(due) ? planDue : due));
    }
}
