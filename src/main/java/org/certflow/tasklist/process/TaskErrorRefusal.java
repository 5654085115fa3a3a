package org.certflow.tasklist.process;

import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.certflow.shared.CompletionRefusedException;

/**
 * Refuses a BPMN error or escalation signalled on a user task ({@code POST /engine-rest/task/{id}/bpmnError} or
 * {@code .../bpmnEscalation}). No CertFlow model catches either, and Camunda ends a task on a BPMN error nobody
 * catches: anyone of a task's role could end a colleague's task, or an executive's decision, unworked, past
 * {@link AssigneeOnlyCheck}, the form's rules and the decision record.
 */
class TaskErrorRefusal extends CommandInterceptor {

    static final String REFUSAL = "A task is finished by completing it: no process of CertFlow handles an error or "
            + "escalation signalled on a task.";

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            throw new CompletionRefusedException(REFUSAL);
        }
        return next.execute(command);
    }
}
