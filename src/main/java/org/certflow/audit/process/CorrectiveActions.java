package org.certflow.audit.process;

import static org.certflow.audit.process.CorrectiveActionVariables.PROCESS_KEY;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts CorrectiveActionProcess for a nonconformity; see {@link CorrectiveActionStart} for the contract. */
@Component
public class CorrectiveActions {

    private final RuntimeService runtime;

    CorrectiveActions(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the corrective action and returns its process instance id. */
    public String start(CorrectiveActionStart start) {
        return runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(start.projectId()), start.variables())
                .getId();
    }
}
