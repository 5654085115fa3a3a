package org.certflow.audit.process;

import static org.certflow.audit.process.CorrectiveActionVariables.CORRECTIVE_ACTION_DUE;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.audit.FindingStep;
import org.springframework.stereotype.Component;

/**
 * "Record the action overdue" (CorrectiveActionProcess): the due day passed without the action implemented; the
 * finding's log says so, and the action goes on.
 */
@Component
class RecordActionOverdueDelegate implements JavaDelegate {

    private final CorrectiveActionEvents events;

    RecordActionOverdueDelegate(CorrectiveActionEvents events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publish(execution, FindingStep.OVERDUE, null,
                LocalDate.parse((String) execution.getVariable(CORRECTIVE_ACTION_DUE)), null);
    }
}
