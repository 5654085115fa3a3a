package org.certflow.incident.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.certflow.shared.CompletionRefusedException;

/** Who completes a task, for the incident's timeline: the signed-in user, else the task's assignee. */
final class TaskActors {

    private TaskActors() {
    }

    static String actor(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        throw new CompletionRefusedException("Sign in or claim the task first: the incident's timeline records "
                + "who did each step.");
    }

    /** The task's text variable, trimmed; null when blank or missing. */
    static String text(DelegateTask task, String key) {
        Object value = task.getVariable(key);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
