package org.certflow.audit.process;

import static org.certflow.audit.process.CorrectiveActionVariables.ACTION_PLAN;
import static org.certflow.audit.process.CorrectiveActionVariables.ACTION_TAKEN;
import static org.certflow.audit.process.CorrectiveActionVariables.CHECK_DUE_AT;
import static org.certflow.audit.process.CorrectiveActionVariables.CORRECTIVE_ACTION_DUE;
import static org.certflow.audit.process.CorrectiveActionVariables.REWORK_DUE_DATE;
import static org.certflow.audit.process.CorrectiveActionVariables.ROOT_CAUSE;
import static org.certflow.shared.CompletingTask.required;
import static org.certflow.shared.CompletingTask.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.audit.FindingStep;
import org.certflow.project.process.DecisionKeys;
import org.certflow.project.process.ProcessVariables;
import org.certflow.shared.CompletingTask;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/**
 * Completion of each user task of CorrectiveActionProcess ({@code ${correctiveActionSteps}}): reports the step with
 * what the person wrote, so the finding's status follows. After the implementation the effectiveness check is due
 * in two weeks; an action found not effective needs a new due date, which the next round works to.
 */
@Component
class CorrectiveActionSteps implements TaskListener {

    static final int CHECK_DAYS = 14;
    private static final String CHECK_EFFECTIVENESS = "Task_CheckEffectiveness";

    private final CorrectiveActionEvents events;

    CorrectiveActionSteps(CorrectiveActionEvents events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case "Task_AnalyseRootCause" -> report(task, FindingStep.ROOT_CAUSE_FOUND, required(task, ROOT_CAUSE,
                    "Describe the root cause: why the nonconformity happened."), null);
            case "Task_PlanCorrectiveAction" -> report(task, FindingStep.ACTION_PLANNED, required(task, ACTION_PLAN,
                    "Describe the actions that remove the root cause."), null);
            case "Task_ImplementCorrectiveAction" -> {
                report(task, FindingStep.IMPLEMENTED, required(task, ACTION_TAKEN,
                        "Describe what was done and where the evidence is."), null);
                task.getExecution().getProcessInstance().setVariable(CHECK_DUE_AT,
                        EndOfDay.of(EngineClock.today().plusDays(CHECK_DAYS)));
            }
            case CHECK_EFFECTIVENESS -> checked(task);
            default -> throw new IllegalStateException("CorrectiveActionSteps does not know "
                    + task.getTaskDefinitionKey());
        }
    }

    /** After {@code decisionRecorder} made sure of the decision and, when not effective, its reason. */
    private void checked(DelegateTask task) {
        DecisionKeys keys = DecisionKeys.of(CHECK_EFFECTIVENESS);
        String reason = text(task, keys.reason());
        if (ProcessVariables.APPROVE.equals(task.getVariable(keys.decision()))) {
            report(task, FindingStep.VERIFIED_EFFECTIVE, reason, null);
            return;
        }
        LocalDate reworkDue = date(task, REWORK_DUE_DATE);
        if (reworkDue == null || !reworkDue.isAfter(EngineClock.today())) {
            throw new CompletionRefusedException("Set a new due date after today: the owner works to it again.");
        }
        task.getExecution().getProcessInstance().setVariable(CORRECTIVE_ACTION_DUE, reworkDue.toString());
        report(task, FindingStep.NOT_EFFECTIVE, reason, reworkDue);
    }

    private void report(DelegateTask task, FindingStep step, String text, LocalDate dueDate) {
        events.publish(task, step, text, dueDate, actor(task));
    }

    /** Who completes the task, for the finding's history. */
    private static String actor(DelegateTask task) {
        return CompletingTask.actor(task, "the finding's history records who did each step.");
    }

    private static LocalDate date(DelegateTask task, String name) {
        String text = text(task, name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CompletionRefusedException("The new due date is not a date: " + text);
        }
    }
}
