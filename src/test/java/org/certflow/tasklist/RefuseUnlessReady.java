package org.certflow.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.shared.CompletionRefusedException;

/** Complete listener of the test model's review task: refuses the completion until the evidence is ready. */
public class RefuseUnlessReady implements TaskListener {

    static final String MESSAGE = "The review can only be completed once the evidence is complete.";

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable("ready"))) {
            throw new CompletionRefusedException(MESSAGE);
        }
    }
}
