package org.certflow.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
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
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskListService;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.test_support.ReadyForStageOne;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the certification tests share: a real project created through {@link ProjectService} with the demo people,
 * {@link ReadyForStageOne} to make it ready on the records the readiness checks read, and completing tasks through
 * the task list, so the forms' rules apply as they do for a user.
 */
public abstract class CertificationTestSupport {

    protected static final String PROJECT_MANAGER = "pia";
    protected static final String CONTROL_OWNER = "colin";
    protected static final String EXECUTIVE = "eva";
    private static final AtomicInteger PROJECTS = new AtomicInteger();

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected TaskService tasks;
    @Autowired
    protected IdentityService identity;
    @Autowired
    protected ProjectService projects;
    @Autowired
    protected StatementOfApplicability soa;
    @Autowired
    protected TaskListService taskList;
    @Autowired
    protected DocumentedInformationRegister register;
    @Autowired
    protected ReadyForStageOne ready;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void signOutAndResetClock() {
        identity.clearAuthentication();
        ClockUtil.reset();
    }

    protected Project newProject(StandardsScope standards) {
        return newProject(standards, Set.of("aude"));
    }

    /** The same, with these internal auditors. */
    protected Project newProject(StandardsScope standards, Set<String> internalAuditors) {
        Map<Role, Set<String>> people = new EnumMap<>(Role.class);
        people.put(Role.PROJECT_MANAGER, Set.of(PROJECT_MANAGER));
        people.put(Role.CONTROL_OWNER, Set.of(CONTROL_OWNER, "carla"));
        people.put(Role.RISK_OWNER, Set.of("rita"));
        people.put(Role.INCIDENT_MANAGER, Set.of("ivan"));
        people.put(Role.INTERNAL_AUDITOR, internalAuditors);
        people.put(Role.EXECUTIVE, Set.of(EXECUTIVE));
        if (standards.includes(Standard.ISO42001)) {
            people.put(Role.AI_GOVERNANCE_LEAD, Set.of("aiden"));
        }
        String name = getClass().getSimpleName() + " " + PROJECTS.incrementAndGet() + " " + System.nanoTime();
        return projects.create(new NewProject(name, "Acme Ltd", standards, StartingPoint.NONE,
                "Head office and the SaaS platform", EngineClock.today(), null, people), PROJECT_MANAGER);
    }

    /** The one open task with this BPMN id in the process instance. */
    protected Task task(ProcessInstance pi, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskDefinitionKey)
                .singleResult();
    }

    /** Completes the task through the task list as this person; it must succeed. */
    protected void complete(String user, Task task, Object... keysAndValues) {
        TaskOutcome outcome = taskList.complete(user, task.getId(), values(keysAndValues));
        assertThat(outcome.isDone()).as(outcome.message() + " " + outcome.fieldErrors()).isTrue();
    }

    /** Tries to complete the task through the task list; returns the outcome, which says why it was refused. */
    protected TaskOutcome attempt(String user, Task task, Object... keysAndValues) {
        return taskList.complete(user, task.getId(), values(keysAndValues));
    }

    private static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }
}
