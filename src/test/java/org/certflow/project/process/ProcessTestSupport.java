package org.certflow.project.process;

import static org.certflow.project.process.ProcessVariables.INCLUDES_27001;
import static org.certflow.project.process.ProcessVariables.INCLUDES_42001;
import static org.certflow.project.process.ProcessVariables.PROJECT_ID;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.certflow.catalog.Standard;
import org.certflow.demo.DemoAnswers;
import org.certflow.project.NewProject;
import org.certflow.project.Phase;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.project.SoaLine;
import org.certflow.project.StandardsScope;
import org.certflow.project.StartingPoint;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the process tests share: a real project created through {@link ProjectService} with the demo people,
 * its phase processes, and completing tasks as a signed-in person, the way the task list and /engine-rest do.
 */
abstract class ProcessTestSupport {

    static final String PROJECT_MANAGER = "pia";
    static final String EXECUTIVE = "eva";
    static final String RISK_OWNER = "rita";
    static final String AI_LEAD = "aiden";
    static final String AUDITOR = "aude";
    static final String CONTROL_OWNER = "colin";
    static final String OTHER_CONTROL_OWNER = "carla";
    private static final AtomicInteger PROJECTS = new AtomicInteger();

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    ProjectService projects;
    @Autowired
    StatementOfApplicability soa;
    @Autowired
    DemoAnswers answers;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void signOutAndResetClock() {
        identity.clearAuthentication();
        ClockUtil.reset();
    }

    /** A new project with the demo people; creating it starts its certification process. */
    Project newProject(StandardsScope standards) {
        Map<Role, Set<String>> people = new EnumMap<>(Role.class);
        people.put(Role.PROJECT_MANAGER, Set.of(PROJECT_MANAGER));
        people.put(Role.CONTROL_OWNER, Set.of(CONTROL_OWNER, OTHER_CONTROL_OWNER));
        people.put(Role.RISK_OWNER, Set.of(RISK_OWNER));
        people.put(Role.INCIDENT_MANAGER, Set.of("ivan"));
        people.put(Role.INTERNAL_AUDITOR, Set.of(AUDITOR));
        people.put(Role.EXECUTIVE, Set.of(EXECUTIVE));
        if (standards.includes(Standard.ISO42001)) {
            people.put(Role.AI_GOVERNANCE_LEAD, Set.of(AI_LEAD));
        }
        String name = getClass().getSimpleName() + " " + PROJECTS.incrementAndGet() + " " + System.nanoTime();
        return projects.create(new NewProject(name, "Acme Ltd", standards, StartingPoint.NONE,
                "Head office, product development and the SaaS platform", EngineClock.today(), null, people),
                PROJECT_MANAGER);
    }

    /** Starts a phase process on its own, for the project, the way the certification process calls it. */
    ProcessInstance startPhase(Phase phase, Project project) {
        return runtime.startProcessInstanceByKey(phase.processKey(), String.valueOf(project.id()),
                Map.of(PROJECT_ID, project.id(), INCLUDES_27001, project.includes(Standard.ISO27001),
                        INCLUDES_42001, project.includes(Standard.ISO42001)));
    }

    /** The one open task with this BPMN id in the process instance. */
    Task task(ProcessInstance pi, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskDefinitionKey)
                .singleResult();
    }

    /**
     * Completes the task as this person, signed in with their project groups, with the demo answers to its form
     * under the given variables: the engine holds every completion to the task's form. A variable given as null
     * leaves out that answer.
     */
    void completeAs(String user, Task task, Map<String, Object> variables) {
        Map<String, Object> entries = new HashMap<>(answers.forTask(task.getTaskDefinitionKey()));
        entries.putAll(variables);
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .filter(ProjectGroups::isProjectGroup).toList();
        identity.setAuthentication(user, groups);
        try {
            tasks.complete(task.getId(), entries);
        } finally {
            identity.clearAuthentication();
        }
    }

    void completeAs(String user, ProcessInstance pi, String taskDefinitionKey, Object... keysAndValues) {
        completeAs(user, task(pi, taskDefinitionKey), variables(keysAndValues));
    }

    static Map<String, Object> variables(Object... keysAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return variables;
    }

    /** Makes these controls applicable (owned by the given owners in turn) and every other one not applicable. */
    void decideApplicability(Project project, List<String> applicable, String... owners) {
        for (SoaLine line : soa.lines(project.id())) {
            int index = applicable.indexOf(line.controlKey());
            if (index >= 0) {
                soa.decide(line.id(), true, "Needed for the platform", owners[index % owners.length]);
            } else {
                soa.decide(line.id(), false, "Not relevant to the scope", null);
            }
        }
    }

    /** The end of the planned due day of the phase: every user task of the phase is due then. */
    Date plannedDue(Project project, Phase phase) {
        return Date.from(projects.get(project.id()).phase(phase).plannedDue().atTime(LocalTime.of(23, 59, 59))
                .atZone(ZoneId.systemDefault()).toInstant());
    }

    static String groupOf(Project project, Role role) {
        return ProjectGroups.groupId(project.id(), role);
    }
}
