package org.certflow.incident.process;

import static org.certflow.incident.process.IncidentVariables.CORRECTIVE_ACTION_ID;
import static org.certflow.incident.process.IncidentVariables.incidentId;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.incident.IncidentActions;
import org.certflow.incident.Incidents;
import org.springframework.stereotype.Component;

/**
 * Names an incident task after what it is about ("Triage incident: Chatbot showed another customer's order"; a
 * corrective action task after its action), so a task list with several incidents says which is which.
 */
@Component
class IncidentTaskNames implements TaskListener {

    /** Camunda stores task names in 255 characters. */
    private static final int MAX_NAME = 255;
    private static final String ELLIPSIS = "…";

    private final Incidents incidents;
    private final IncidentActions actions;

    IncidentTaskNames(Incidents incidents, IncidentActions actions) {
        this.incidents = incidents;
        this.actions = actions;
    }

    @Override
    public void notify(DelegateTask task) {
        String subject = task.hasVariable(CORRECTIVE_ACTION_ID)
                ? actions.get(IncidentVariables.correctiveActionId(task)).description()
                : incidents.get(incidentId(task)).summary();
        String prefix = task.getName() + ": ";
        int room = MAX_NAME - prefix.length();
        task.setName(prefix + (subject.length() <= room ? subject
                : subject.substring(0, room - ELLIPSIS.length()) + ELLIPSIS));
    }
}
