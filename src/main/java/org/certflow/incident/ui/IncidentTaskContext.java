package org.certflow.incident.ui;

import static org.certflow.incident.process.IncidentVariables.CORRECTIVE_ACTION_ID;
import static org.certflow.incident.process.IncidentVariables.INCIDENT_ID;

import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.certflow.incident.IncidentActions;
import org.certflow.incident.Incident;
import org.certflow.incident.Incidents;
import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.shared.ui.TaskContextProvider;
import org.certflow.shared.ui.TaskRef;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;

/**
 * Shows the incident on every task of the incident process; the corrective actions editor on the planning task,
 * and the action itself on a corrective action's task.
 */
@Component
class IncidentTaskContext implements TaskContextProvider {

    private final TaskService tasks;
    private final Incidents incidents;
    private final IncidentActions actions;
    private final ProjectService projects;
    private final People people;

    IncidentTaskContext(TaskService tasks, Incidents incidents, IncidentActions actions, ProjectService projects,
                        People people) {
        this.tasks = tasks;
        this.incidents = incidents;
        this.actions = actions;
        this.projects = projects;
        this.people = people;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> contextFor(TaskRef task) {
        if (!(tasks.getVariable(task.taskId(), INCIDENT_ID) instanceof Number incidentId)) {
            return Optional.empty();
        }
        Incident incident = incidents.get(incidentId.longValue());
        Div context = new Div();
        if (tasks.getVariable(task.taskId(), CORRECTIVE_ACTION_ID) instanceof Number actionId) {
            context.add(new CorrectiveActionCard(actions.get(actionId.longValue()), people));
        }
        context.add(new IncidentCard(incident, projects.get(incident.projectId()).name(), people));
        if (IncidentActions.PLANNING_TASK.equals(task.taskDefinitionKey())) {
            context.add(new CorrectiveActionsEditor(incident.id(), incident.projectId(), actions, people,
                    task.username()));
        }
        return Optional.of(context);
    }
}
