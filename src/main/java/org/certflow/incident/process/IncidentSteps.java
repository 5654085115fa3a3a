package org.certflow.incident.process;

import static org.certflow.incident.process.IncidentVariables.CORRECTIVE_ACTIONS_PLANNED;
import static org.certflow.incident.process.IncidentVariables.NOTIFICATION_REQUIRED;
import static org.certflow.incident.process.IncidentVariables.PROPOSED_SEVERITY;
import static org.certflow.incident.process.IncidentVariables.SEVERITY;
import static org.certflow.incident.process.IncidentVariables.correctiveActionId;
import static org.certflow.incident.process.IncidentVariables.incidentId;
import static org.certflow.project.process.ProcessVariables.APPROVE;
import static org.certflow.shared.CompletingTask.text;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.certflow.incident.CorrectiveAction;
import org.certflow.incident.IncidentActions;
import org.certflow.incident.Incident;
import org.certflow.incident.IncidentEvent;
import org.certflow.incident.IncidentHandling;
import org.certflow.incident.Severity;
import org.certflow.security.People;
import org.certflow.shared.CompletingTask;
import org.certflow.shared.CompletionRefusedException;
import org.springframework.stereotype.Component;

/**
 * Records each user task of {@code IncidentProcess} on the incident when it is completed: the model calls the
 * method of the step, e.g. {@code <camunda:taskListener event="complete" expression="${incidentSteps.contained(task)}"/>},
 * so the incident's status and timeline keep in step with the process. A refusal rolls the completion back.
 */
@Component("incidentSteps")
public class IncidentSteps {

    private static final String HANDLE_MISSED_NOTIFICATION = "Task_HandleMissedNotification";

    private final IncidentHandling handling;
    private final IncidentActions actions;
    private final People people;

    IncidentSteps(IncidentHandling handling, IncidentActions actions, People people) {
        this.handling = handling;
        this.actions = actions;
        this.people = people;
    }

    /**
     * The proposed severity confirmed, or another one set with a reason (the decision recorder has checked the
     * decision and the reason already); sets the severity and whether interested parties must be notified.
     */
    public void triaged(DelegateTask task) {
        Severity proposed = Severity.ofCode((String) task.getVariable(PROPOSED_SEVERITY));
        Severity severity = proposed;
        String reason = null;
        if (!APPROVE.equals(text(task, "triageIncidentDecision"))) {
            String chosen = text(task, "triageIncidentSeverity");
            if (chosen == null) {
                throw new CompletionRefusedException("Choose the severity you set instead of the proposed one.");
            }
            severity = Severity.ofCode(chosen);
            if (severity == proposed) {
                throw new CompletionRefusedException(proposed.label() + " is the proposed severity: confirm it "
                        + "rather than adjust it.");
            }
            reason = text(task, "triageIncidentReason");
        }
        Incident incident = handling.triaged(incidentId(task), severity, reason, actor(task));
        task.setVariable(SEVERITY, severity.code());
        task.setVariable(NOTIFICATION_REQUIRED, incident.notificationRequired());
    }

    public void contained(DelegateTask task) {
        handling.contained(incidentId(task), text(task, "containmentActions"), actor(task));
    }

    public void aiSystemAssessed(DelegateTask task) {
        String assessment = "What the AI system did: " + text(task, "aiSystemBehaviour")
                + "\nAI system suspended or its output withheld: "
                + (Boolean.TRUE.equals(task.getVariable("aiSystemSuspended")) ? "yes" : "no")
                + "\nHuman oversight: " + text(task, "aiOversightFindings");
        handling.aiSystemAssessed(incidentId(task), assessment, actor(task));
    }

    public void notified(DelegateTask task) {
        handling.notified(incidentId(task), text(task, "notifiedParties"), actor(task));
    }

    public void notificationEscalationHandled(DelegateTask task) {
        handling.record(incidentId(task), IncidentEvent.NOTIFICATION_ESCALATION_HANDLED, actor(task),
                text(task, "escalationActions"));
    }

    public void investigated(DelegateTask task) {
        handling.investigated(incidentId(task), text(task, "rootCause"), actor(task));
    }

    /** Refuses a plan without any open action unless the incident manager says why none is needed. */
    public void correctiveActionsPlanned(DelegateTask task) {
        long incidentId = incidentId(task);
        List<CorrectiveAction> planned = actions.open(incidentId);
        String noActionReason = text(task, "noCorrectiveActionReason");
        if (planned.isEmpty() && noActionReason == null) {
            throw new CompletionRefusedException("Plan at least one corrective action (above the form), or say "
                    + "why none is needed.");
        }
        String note = planned.isEmpty() ? "None needed: " + noActionReason : planned.stream()
                .map(a -> a.description() + " (" + people.displayName(a.owner()) + ", due " + a.dueDate() + ")")
                .collect(Collectors.joining("; "));
        handling.record(incidentId, IncidentEvent.CORRECTIVE_ACTIONS_PLANNED, actor(task), note);
        task.setVariable(CORRECTIVE_ACTIONS_PLANNED, !planned.isEmpty());
    }

    public void correctiveActionTaken(DelegateTask task) {
        String result = text(task, "correctiveActionResult");
        CorrectiveAction action = actions.done(correctiveActionId(task), result, actor(task));
        handling.record(incidentId(task), IncidentEvent.CORRECTIVE_ACTION_DONE, actor(task),
                action.description() + ": " + result);
    }

    /**
     * Closes with the lessons learned, or reopens for another investigation (the reason is the note). The incident
     * closes only once the project manager has handled a missed notification deadline, so that no escalation
     * outlives it and the closed incident's process has ended.
     */
    public void closureDecided(DelegateTask task) {
        long incidentId = incidentId(task);
        if (!APPROVE.equals(text(task, "closeIncidentDecision"))) {
            handling.record(incidentId, IncidentEvent.REOPENED, actor(task), text(task, "closeIncidentReason"));
            return;
        }
        String lessons = text(task, "lessonsLearned");
        if (lessons == null) {
            throw new CompletionRefusedException("Write down the lessons learned before you close the incident.");
        }
        if (task.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(task.getProcessInstanceId()).taskDefinitionKey(HANDLE_MISSED_NOTIFICATION)
                .count() > 0) {
            throw new CompletionRefusedException("The project manager has not yet handled the missed notification "
                    + "deadline: the incident can be closed once they have completed \"Handle missed notification "
                    + "deadline\".");
        }
        handling.closed(incidentId, lessons, actor(task));
    }

    /** Who completes the task, for the incident's timeline. */
    private static String actor(DelegateTask task) {
        return CompletingTask.actor(task, "the incident's timeline records who did each step.");
    }
}
