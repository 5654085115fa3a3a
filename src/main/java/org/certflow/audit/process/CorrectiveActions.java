package org.certflow.audit.process;

import static org.certflow.audit.process.CorrectiveActionVariables.FINDING_ID;
import static org.certflow.audit.process.CorrectiveActionVariables.FINDING_SOURCE;
import static org.certflow.audit.process.CorrectiveActionVariables.INTERNAL_AUDIT;
import static org.certflow.audit.process.CorrectiveActionVariables.PROCESS_KEY;

import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * CorrectiveActionProcess from the outside: started for a nonconformity (see {@link CorrectiveActionStart} for the
 * contract), and the finding a task of it is about.
 */
@Component
public class CorrectiveActions {

    private final RuntimeService runtime;
    private final TaskService tasks;

    CorrectiveActions(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Starts the corrective action and returns its process instance id. */
    public String start(CorrectiveActionStart start) {
        return runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(start.projectId()), start.variables())
                .getId();
    }

    /** The internal audit finding an open task of CorrectiveActionProcess is about; empty for any other task. */
    public Optional<Long> internalAuditFindingOf(String taskId) {
        return INTERNAL_AUDIT.equals(tasks.getVariable(taskId, FINDING_SOURCE))
                && tasks.getVariable(taskId, FINDING_ID) instanceof Number findingId
                ? Optional.of(findingId.longValue()) : Optional.empty();
    }
}
