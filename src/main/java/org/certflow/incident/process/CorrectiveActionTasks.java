package org.certflow.incident.process;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.certflow.incident.CorrectiveAction;
import org.certflow.incident.IncidentActions;
import org.springframework.stereotype.Component;

/**
 * What the multi-instance {@code Task_TakeCorrectiveAction} reads: one instance per open action of the incident,
 * each assigned to the action's owner and due at the end of its due day.
 */
@Component("correctiveActionTasks")
public class CorrectiveActionTasks {

    private final IncidentActions actions;

    CorrectiveActionTasks(IncidentActions actions) {
        this.actions = actions;
    }

    public List<Long> open(long incidentId) {
        return actions.open(incidentId).stream().map(CorrectiveAction::id).toList();
    }

    public String owner(long actionId) {
        return actions.get(actionId).owner();
    }

    public Date due(long actionId) {
        return Date.from(actions.get(actionId).dueDate().atTime(LocalTime.of(23, 59, 59))
                .atZone(ZoneId.systemDefault()).toInstant());
    }
}
