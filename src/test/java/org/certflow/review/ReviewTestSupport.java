package org.certflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
 * What the management review's tests share: a real project with the demo people (pia manages it, eva is its
 * executive), reviews opened through {@link ReviewSchedule}, and tasks completed through the task list as the
 * person holding the task's role, so the forms' rules and the listeners run as in the application.
 */
public abstract class ReviewTestSupport {

    public static final String PROJECT_MANAGER = "pia";
    public static final String EXECUTIVE = "eva";
    public static final String CONTROL_OWNER = "colin";
    public static final String RISK_OWNER = "rita";
    public static final String AI_LEAD = "aiden";

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected TaskService tasks;
    @Autowired
    protected ProjectService projects;
    @Autowired
    protected TaskListService taskList;
    @Autowired
    protected ReviewSchedule schedule;
    @Autowired
    protected ManagementReviews reviews;
    @Autowired
    protected ReviewPreparation preparation;
    @Autowired
    protected ReviewDecisions decisions;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    protected Project newProject() {
        return newProject(PROJECT_MANAGER, EXECUTIVE);
    }

    /** An ISO 27001 project with this project manager and these executives; colin is its control owner. */
    protected Project newProject(String projectManager, String... executives) {
        return newProject(StandardsScope.ISO27001_ONLY, projectManager, executives);
    }

    /** A project with these standards (with ISO 42001, aiden leads AI governance), manager and executives. */
    protected Project newProject(StandardsScope standards, String projectManager, String... executives) {
        Map<Role, Set<String>> people = new EnumMap<>(Map.of(Role.PROJECT_MANAGER, Set.of(projectManager),
                Role.CONTROL_OWNER, Set.of(CONTROL_OWNER), Role.RISK_OWNER, Set.of(RISK_OWNER),
                Role.INCIDENT_MANAGER, Set.of("ivan"), Role.INTERNAL_AUDITOR, Set.of("aude"),
                Role.EXECUTIVE, Set.of(executives)));
        if (standards.includes(Standard.ISO42001)) {
            people.put(Role.AI_GOVERNANCE_LEAD, Set.of(AI_LEAD));
        }
        return projects.create(new NewProject("Review test " + UUID.randomUUID(), "Acme Ltd", standards,
                StartingPoint.NONE, "Head office", EngineClock.today(), null, people), PROJECT_MANAGER);
    }

    protected ProcessInstance holdNow(Project project) {
        return instance(schedule.holdNow(project.id()));
    }

    protected ProcessInstance instance(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }

    protected Task task(ProcessInstance review, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey(taskDefinitionKey)
                .singleResult();
    }

    protected ManagementReview review(ProcessInstance instance) {
        return reviews.ofProcessInstance(instance.getId()).orElseThrow();
    }

    protected TaskOutcome complete(String user, ProcessInstance review, String taskDefinitionKey,
                                   Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return taskList.complete(user, task(review, taskDefinitionKey).getId(), values);
    }

    /** The project manager prepares the review held today. */
    protected void prepare(ProcessInstance review) {
        prepare(review, PROJECT_MANAGER);
    }

    protected void prepare(ProcessInstance review, String projectManager) {
        assertThat(complete(projectManager, review, "Task_PrepareManagementReview",
                "managementReviewDate", EngineClock.today().toString(),
                "agenda", "Actions, context, performance, risks, decisions").isDone()).isTrue();
    }

    /** The executive records a decision with an action for colin, due in a month. */
    protected ReviewDecision decide(ProcessInstance review, DecisionTopic topic, String decision) {
        return decisions.record(review(review).id(), new NewDecision(topic, decision, CONTROL_OWNER,
                EngineClock.today().plusMonths(1)), EXECUTIVE);
    }

    protected TaskOutcome approve(ProcessInstance review, LocalDate nextReview) {
        return complete(EXECUTIVE, review, "Task_DecideManagementReview", "decideManagementReviewDecision", "approve",
                "reviewConclusion", "Suitable, adequate and effective.", "nextReviewDate", nextReview.toString());
    }

    /** A prepared review with one decision, approved; the next review is scheduled a year later. */
    protected ProcessInstance completedReview(Project project) {
        ProcessInstance review = holdNow(project);
        prepare(review);
        decide(review, DecisionTopic.CONTINUAL_IMPROVEMENT, "Automate the quarterly access review");
        assertThat(approve(review, EngineClock.today().plusYears(1)).isDone()).isTrue();
        return review;
    }

    protected static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
