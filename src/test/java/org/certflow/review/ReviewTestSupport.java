package org.certflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.test_support.ProjectTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the management review's tests share: a real project with the demo people (pia manages it, eva is its
 * executive), reviews opened through {@link ReviewSchedule}, and tasks completed through the task list as the
 * person holding the task's role, so the forms' rules and the listeners run as in the application.
 */
public abstract class ReviewTestSupport extends ProjectTestSupport {

    @Autowired
    protected ReviewSchedule schedule;
    @Autowired
    protected ManagementReviews reviews;
    @Autowired
    protected ReviewPreparation preparation;
    @Autowired
    protected ReviewDecisions decisions;

    protected Project newProject() {
        return newProject(PROJECT_MANAGER, EXECUTIVE);
    }

    /** An ISO 27001 project with this project manager and these executives; colin is its control owner. */
    protected Project newProject(String projectManager, String... executives) {
        return newProject(StandardsScope.ISO27001_ONLY, projectManager, executives);
    }

    /**
     * A project with these standards (with ISO 42001, aiden leads AI governance), manager and executives; its scope,
     * "Head office", is what the review's context input quotes.
     */
    protected Project newProject(StandardsScope standards, String projectManager, String... executives) {
        return create(aProject().standards(standards).scope("Head office")
                .people(Role.PROJECT_MANAGER, projectManager).people(Role.CONTROL_OWNER, CONTROL_OWNER)
                .people(Role.EXECUTIVE, executives));
    }

    protected ProcessInstance holdNow(Project project) {
        return instance(schedule.holdNow(project.id()));
    }

    protected ProcessInstance instance(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }

    protected ManagementReview review(ProcessInstance instance) {
        return reviews.ofProcessInstance(instance.getId()).orElseThrow();
    }

    protected TaskOutcome complete(String user, ProcessInstance review, String taskDefinitionKey,
                                   Object... keysAndValues) {
        return attempt(user, task(review, taskDefinitionKey), keysAndValues);
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
