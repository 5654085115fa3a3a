package org.certflow.incident.process;

import static org.certflow.incident.process.IncidentVariables.incidentId;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.incident.IncidentHandling;
import org.certflow.incident.IncidentSla.Breach;
import org.springframework.stereotype.Component;

/**
 * {@code ${incidentDeadlines}} on create and complete of the incident process's tasks with a deadline of their own:
 * keeps the due date the model gives the task on the incident, and when the task was done, so the incident list
 * shows a missed deadline from the task's real due date. Triage and notification keep the incident's own
 * deadlines, which the process reads ({@code triageDueDate}, {@code notificationDueDate}).
 */
@Component
class IncidentDeadlines implements TaskListener {

    private static final Map<String, Breach> BREACH_IF_MISSED = Map.of(
            "Task_ContainIncident", Breach.CONTAINMENT_LATE,
            "Task_AssessAiIncident", Breach.AI_ASSESSMENT_LATE,
            "Task_AnalyseIncidentRootCause", Breach.ROOT_CAUSE_LATE,
            "Task_PlanCorrectiveActions", Breach.PLANNING_LATE,
            "Task_CloseIncident", Breach.CLOSURE_LATE);

    private final IncidentHandling handling;

    IncidentDeadlines(IncidentHandling handling) {
        this.handling = handling;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                Breach breach = BREACH_IF_MISSED.get(task.getTaskDefinitionKey());
                if (breach == null || task.getDueDate() == null) {
                    throw new IllegalStateException(task.getTaskDefinitionKey() + " has no deadline to keep.");
                }
                handling.deadlineSet(incidentId(task), breach, task.getId(), task.getDueDate().toInstant());
            }
            case EVENTNAME_COMPLETE -> handling.deadlineMet(incidentId(task), task.getId());
            default -> throw new IllegalStateException("IncidentDeadlines does not handle " + task.getEventName());
        }
    }
}
