package org.certflow.project.process;

import static org.certflow.project.process.ProcessVariables.APPROVE;
import static org.certflow.project.process.ProcessVariables.projectId;
import static org.certflow.shared.CompletingTask.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.project.Decisions;
import org.certflow.shared.CompletingTask;
import org.certflow.shared.CompletionRefusedException;
import org.springframework.stereotype.Component;

/**
 * Listens to every approval, gate and management-review task ({@code ${decisionRecorder}} on create and complete).
 * On create it forgets the decision of an earlier round, so a task sent round a loop is decided afresh. On
 * complete it refuses a missing decision, or a rejection without a reason, and records who decided what, when.
 */
@Component
class DecisionRecorder implements TaskListener {

    private final Decisions decisions;

    DecisionRecorder(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        DecisionKeys keys = DecisionKeys.of(task.getTaskDefinitionKey());
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> forgetEarlierRound(task, keys);
            case EVENTNAME_COMPLETE -> record(task, keys);
            default -> throw new IllegalStateException("DecisionRecorder does not handle " + task.getEventName());
        }
    }

    private static void forgetEarlierRound(DelegateTask task, DecisionKeys keys) {
        for (String key : new String[] {keys.decision(), keys.reason()}) {
            // set to null where it lives rather than remove it: a variable local to a multi-instance
            // iteration must stay local, or the next answer would land in the process instance
            if (task.hasVariable(key)) {
                task.setVariable(key, null);
            }
        }
    }

    private void record(DelegateTask task, DecisionKeys keys) {
        String outcome = text(task, keys.decision());
        String reason = text(task, keys.reason());
        if (outcome == null) {
            throw new CompletionRefusedException("Choose a decision before you complete \"" + task.getName() + "\".");
        }
        if (!APPROVE.equals(outcome) && reason == null) {
            throw new CompletionRefusedException(
                    "Give a reason: whoever gets the work back needs to know what to change.");
        }
        decisions.record(projectId(task), task.getTaskDefinitionKey(), task.getName(), outcome, reason,
                decidedBy(task));
    }

    private static String decidedBy(DelegateTask task) {
        return CompletingTask.actor(task, "every decision is recorded with the name of the person who took it.");
    }
}
