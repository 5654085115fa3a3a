package org.certflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.security.Role;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.test_support.NewProjectBuilder;
import org.certflow.test_support.ProjectTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the incident tests share: a real project with the demo people, incidents reported through
 * {@link Incidents}, and tasks completed through the task list as the person who would complete them.
 */
public abstract class IncidentTestSupport extends ProjectTestSupport {

    public static final String REPORTER = "colin";
    public static final String OTHER_MEMBER = "carla";

    @Autowired
    protected Incidents incidents;

    @BeforeEach
    void freezeClockAtWholeSeconds() {
        freezeClock();
    }

    /** A project with both standards and the demo people: colin and carla own controls, ivan handles incidents. */
    protected Project newProject() {
        return newProject(StandardsScope.BOTH);
    }

    /** A project with these standards and the demo people; aiden leads AI governance where ISO 42001 is in scope. */
    protected Project newProject(StandardsScope standards) {
        return newProject(standards, people(standards));
    }

    protected Project newProject(StandardsScope standards, Map<Role, Set<String>> people) {
        return create(aProject().standards(standards).people(people));
    }

    /** The demo people in their roles, to change before {@link #newProject(StandardsScope, Map)}. */
    protected static Map<Role, Set<String>> people(StandardsScope standards) {
        return NewProjectBuilder.aProject().standards(standards).people();
    }

    protected Incident report(IncidentReportBuilder report) {
        return incidents.report(report.build(), REPORTER);
    }

    protected ProcessInstance processOf(Incident incident) {
        return runtime.createProcessInstanceQuery().variableValueEquals("incidentId", incident.id()).singleResult();
    }

    /** The one open task with this BPMN id of the incident. */
    protected Task task(Incident incident, String taskDefinitionKey) {
        return tasks.createTaskQuery().processVariableValueEquals("incidentId", incident.id())
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    /** Completes the task through the task list, as this person, with these form values; it must go through. */
    protected void complete(String user, Incident incident, String taskDefinitionKey, Object... keysAndValues) {
        TaskOutcome outcome = attempt(user, incident, taskDefinitionKey, keysAndValues);
        assertThat(outcome.isDone()).as(taskDefinitionKey + ": " + outcome.message() + " " + outcome.fieldErrors())
                .isTrue();
    }

    protected TaskOutcome attempt(String user, Incident incident, String taskDefinitionKey, Object... keysAndValues) {
        Task task = task(incident, taskDefinitionKey);
        assertThat(task).as("open task " + taskDefinitionKey).isNotNull();
        return attempt(user, task, keysAndValues);
    }

    protected Incident reload(Incident incident) {
        return incidents.get(incident.id());
    }

    protected void triageAsProposed(Incident incident) {
        complete(INCIDENT_MANAGER, incident, "Task_TriageIncident", "triageIncidentDecision", "approve");
    }

    protected void contain(Incident incident) {
        complete(INCIDENT_MANAGER, incident, "Task_ContainIncident", "containmentActions", "Laptop locked away.",
                "incidentContained", true);
    }

    /** Triaged as proposed, contained, root cause found: waiting for the corrective actions to be planned. */
    protected Incident investigated(Incident incident) {
        triageAsProposed(incident);
        contain(incident);
        complete(INCIDENT_MANAGER, incident, "Task_AnalyseIncidentRootCause", "rootCause", "No automatic screen lock.");
        return incident;
    }

    /** Investigated, no corrective action needed: waiting for the closure. */
    protected Incident planned(Incident incident) {
        investigated(incident);
        complete(INCIDENT_MANAGER, incident, "Task_PlanCorrectiveActions", "noCorrectiveActionReason", "A one-off.");
        return incident;
    }

    protected Incident closed(Incident incident, String lessonsLearned) {
        planned(incident);
        complete(INCIDENT_MANAGER, incident, "Task_CloseIncident", "closeIncidentDecision", "approve",
                "lessonsLearned", lessonsLearned);
        return reload(incident);
    }
}
