package org.certflow.test_support;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskListService;
import org.certflow.tasklist.TaskOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every feature's test support shares: the engine's services, real projects created through
 * {@link ProjectService} from a {@link NewProjectBuilder}, tasks completed through the task list or signed in as
 * their person, and the engine's clock, moved by a test and reset after it.
 */
public abstract class ProjectTestSupport {

    // the demo people NewProjectBuilder puts in each role
    public static final String PROJECT_MANAGER = "pia";
    public static final String EXECUTIVE = "eva";
    public static final String CONTROL_OWNER = "colin";
    public static final String OTHER_CONTROL_OWNER = "carla";
    public static final String RISK_OWNER = "rita";
    public static final String AI_LEAD = "aiden";
    public static final String INCIDENT_MANAGER = "ivan";
    public static final String AUDITOR = "aude";

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected TaskService tasks;
    @Autowired
    protected IdentityService identity;
    @Autowired
    protected ManagementService management;
    @Autowired
    protected ProjectService projects;
    @Autowired
    protected StatementOfApplicability soa;
    @Autowired
    protected TaskListService taskList;

    @BeforeEach
    void initProcessAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void signOutAndResetClock() {
        identity.clearAuthentication();
        ClockUtil.reset();
    }

    /** A valid project named after the test class, with the demo people in every role: say what differs. */
    protected NewProjectBuilder aProject() {
        return NewProjectBuilder.aProject().uniqueName(getClass().getSimpleName());
    }

    protected Project create(NewProjectBuilder project) {
        return projects.create(project.build(), PROJECT_MANAGER);
    }

    /** The one open task with this BPMN id in the process instance. */
    protected Task task(ProcessInstance pi, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskDefinitionKey)
                .singleResult();
    }

    /** Tries to complete the task through the task list as this person; the outcome says whether it went through. */
    protected TaskOutcome attempt(String user, Task task, Object... keysAndValues) {
        return taskList.complete(user, task.getId(), values(keysAndValues));
    }

    /** Completes the task with the engine as this person, signed in with their project groups as /engine-rest is. */
    protected void completeSignedIn(String user, Task task, Map<String, Object> variables) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .filter(ProjectGroups::isProjectGroup).toList();
        identity.setAuthentication(user, groups);
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Form values or process variables from alternating keys and values; values may be null. */
    protected static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    protected static String groupOf(Project project, Role role) {
        return ProjectGroups.groupId(project.id(), role);
    }

    /** Moves the engine's clock (and CertFlow's) forward. */
    protected static void later(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(EngineClock.now().plus(duration)));
    }

    /** Stops the engine's clock at the current whole second, as the database keeps times, so they compare equal. */
    protected static Instant freezeClock() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(now));
        return now;
    }
}
