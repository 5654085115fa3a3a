package org.certflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.certflow.catalog.Standard;
import org.certflow.project.NewProject;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.project.StandardsScope;
import org.certflow.project.StartingPoint;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskListService;
import org.certflow.tasklist.TaskOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the incident tests share: a real project with the demo people, incidents reported through
 * {@link Incidents}, and tasks completed through the task list as the person who would complete them.
 */
public abstract class IncidentTestSupport {

    public static final String REPORTER = "colin";
    public static final String INCIDENT_MANAGER = "ivan";
    public static final String AI_LEAD = "aiden";
    public static final String PROJECT_MANAGER = "pia";
    public static final String OTHER_MEMBER = "carla";
    private static final AtomicInteger PROJECTS = new AtomicInteger();

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected TaskService tasks;
    @Autowired
    protected ProjectService projects;
    @Autowired
    protected Incidents incidents;
    @Autowired
    protected TaskListService taskList;

    @BeforeEach
    void initAssertionsAndClock() {
        BpmnAwareTests.init(engine);
        // whole seconds, as the database keeps them, so times read back compare equal
        ClockUtil.setCurrentTime(java.util.Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
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
        String name = getClass().getSimpleName() + " " + PROJECTS.incrementAndGet() + " " + System.nanoTime();
        return projects.create(new NewProject(name, "Acme Ltd", standards, StartingPoint.NONE,
                "Head office and the scoring platform", EngineClock.today(), null, people), PROJECT_MANAGER);
    }

    /** The demo people in their roles, to change before {@link #newProject(StandardsScope, Map)}. */
    protected static Map<Role, Set<String>> people(StandardsScope standards) {
        Map<Role, Set<String>> people = new EnumMap<>(Role.class);
        people.put(Role.PROJECT_MANAGER, Set.of(PROJECT_MANAGER));
        people.put(Role.CONTROL_OWNER, Set.of(REPORTER, OTHER_MEMBER));
        people.put(Role.RISK_OWNER, Set.of("rita"));
        if (standards.includes(Standard.ISO42001)) {
            people.put(Role.AI_GOVERNANCE_LEAD, Set.of(AI_LEAD));
        }
        people.put(Role.INCIDENT_MANAGER, Set.of(INCIDENT_MANAGER));
        people.put(Role.INTERNAL_AUDITOR, Set.of("aude"));
        people.put(Role.EXECUTIVE, Set.of("eva"));
        return people;
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
        return taskList.complete(user, task.getId(), values(keysAndValues));
    }

    protected static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
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
