package org.certflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.review.DecisionTopic;
import org.certflow.review.ManagementReview;
import org.certflow.review.ManagementReviews;
import org.certflow.review.ReviewDecision;
import org.certflow.review.ReviewDecisions;
import org.certflow.review.ReviewStatus;
import org.certflow.security.DemoUsers;
import org.certflow.security.Role;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskItem;
import org.certflow.tasklist.TaskListService;
import org.certflow.tasklist.TaskSort;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The executive takes the demo's AI platform management review from "Awaiting my decision" to its approval; the
 * review's page then shows the decision and the approval with who and when. The project manager of the labs project
 * holds an extraordinary review from the management reviews page.
 */
@SpringTest
@Tag("browser")
class ManagementReviewInBrowserTest {

    private static final String AI_PLATFORM = "Northwind AI platform certification";
    private static final String LABS = "Northwind Labs assistant AIMS";
    private static final String DECISION = "Fund a second machine-learning engineer for model monitoring";

    @Autowired
    ProjectService projects;
    @Autowired
    ManagementReviews reviews;
    @Autowired
    ReviewDecisions decisions;
    @Autowired
    TaskListService taskList;
    @Autowired
    TaskService tasks;

    @RegisterExtension
    final Browser browser = new Browser();
    private final Fields fields = new Fields(browser);

    @Test
    void the_executive_decides_the_ai_platform_review_and_its_page_shows_who_decided_and_approved_when() {
        Project platform = projects.findByName(AI_PLATFORM).orElseThrow();
        ManagementReview review = reviews.ofProject(platform.id()).stream()
                .filter(r -> r.status() == ReviewStatus.AWAITING_DECISION).findFirst().orElseThrow();
        String taskId = tasks.createTaskQuery().processInstanceId(review.processInstanceId())
                .taskDefinitionKey("Task_DecideManagementReview").singleResult().getId();

        browser.signIn("eva", DemoUsers.PASSWORD);
        browser.open("awaiting-my-decision");
        showAwaitingRow(taskId);
        browser.screenshot("review-awaiting-my-decision");
        browser.click(By.cssSelector("a[href='tasks/" + taskId + "']"));
        browser.await(d -> d.getCurrentUrl().endsWith("/tasks/" + taskId));
        browser.scrolledTo(By.xpath("//h4[starts-with(normalize-space(.), 'Changes in external and internal "
                + "issues')]"));
        browser.screenshot("review-decision-task-inputs");

        browser.click(By.id("record-decision"));
        assertThat(fields.errorAt(By.id("decision-topic"))).isEqualTo("Choose what the decision is about.");
        browser.screenshot("review-decision-refused");
        assertThat(reviews.decisions(review.id())).isEmpty();

        fields.select("decision-topic", DecisionTopic.RESOURCES.label());
        fields.type("#decision-text textarea", DECISION);
        fields.pick("decision-owner", "Eva Eriksen");
        fields.type("#decision-due input", EngineClock.today().plusMonths(2).toString());
        browser.click(By.id("record-decision"));
        browser.await(d -> reviews.decisions(review.id()).size() == 1);
        browser.scrolledTo(By.xpath("//vaadin-grid-cell-content[contains(., '" + DECISION + "')]"));
        browser.screenshot("review-decision-recorded");

        fields.type("[data-key='reviewConclusion'] textarea", "Suitable and adequate; monitoring needs people.");
        fields.choose("decideManagementReviewDecision", "Approve the decisions and complete the review");
        fields.clickButton("Complete");
        browser.await(d -> !d.getCurrentUrl().contains("/tasks/"));

        ManagementReview approved = reviews.find(review.id()).orElseThrow();
        assertThat(approved.status()).isEqualTo(ReviewStatus.COMPLETED);
        assertThat(approved.approval().orElseThrow().approvedBy()).isEqualTo("eva");
        ReviewDecision decision = reviews.decisions(review.id()).get(0);
        assertThat(decision.decidedBy()).isEqualTo("eva");

        browser.open("management-reviews/" + review.id());
        String header = browser.awaitVisible(By.cssSelector(".project-facts")).getText();
        browser.screenshot("review-approved-page-header");
        browser.scrolledTo(By.xpath("//h4[normalize-space(.)='Changes in AI systems and risks']"));
        browser.screenshot("review-approved-page-gathered-inputs");
        assertThat(header).containsIgnoringCase("Approved by").contains("Eva Eriksen, "
                + Dates.moment(approved.approval().orElseThrow().approvedAt()));
        WebElement recorded = browser.scrolledTo(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Eva "
                + "Eriksen, " + Dates.moment(decision.decidedAt()) + "']"));
        assertThat(recorded.getText()).startsWith("Eva Eriksen");
        browser.scrolledTo(By.xpath("//vaadin-grid-cell-content[contains(., '" + DECISION + "')]"));
        browser.screenshot("review-approved-page");

        ReviewDecision doneMeanwhile = decisions.actionDone(decision.id(), "pia");
        browser.click(By.cssSelector("vaadin-button[aria-label='Mark done: " + DECISION + "']"));
        WebElement notice = browser.awaitVisible(By.xpath("//vaadin-notification-card[contains(., 'marked this "
                + "action done')]"));
        assertThat(notice.getText()).isEqualTo("Pia Palmer marked this action done on "
                + Dates.moment(doneMeanwhile.actionDoneAt()) + ".");
        browser.screenshot("review-mark-done-refused");
    }

    @Test
    void the_project_manager_holds_an_extraordinary_review_and_cannot_hold_a_second_while_it_is_open() {
        Project labs = projects.findByName(LABS).orElseThrow();
        int before = reviews.ofProject(labs.id()).size();

        browser.signIn("pia", DemoUsers.PASSWORD);
        browser.open("management-reviews?project=" + labs.id());
        browser.click(By.id("hold-review-now"));
        browser.awaitVisible(By.xpath("//vaadin-notification-card[contains(., 'Management review opened')]"));
        browser.awaitVisible(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='In preparation']"));
        browser.screenshot("review-held-now");
        ManagementReview held = reviews.ofProject(labs.id()).get(0);
        assertThat(reviews.ofProject(labs.id())).hasSize(before + 1);
        assertThat(held.status()).isEqualTo(ReviewStatus.IN_PREPARATION);

        browser.click(By.id("hold-review-now"));
        WebElement refusal = browser.awaitVisible(By.xpath("//vaadin-notification-card[contains(., 'in progress')]"));
        assertThat(refusal.getText()).isEqualTo("A management review of this project is in progress (inputs gathered "
                + "on " + Dates.day(held.inputsGatheredAt()) + "): complete it before you hold another.");
        browser.screenshot("review-hold-now-refused");
        assertThat(reviews.ofProject(labs.id())).hasSize(before + 1);
    }

    /** The grid loads rows as it scrolls: brings the task's row into view (eva may have many decisions waiting). */
    private void showAwaitingRow(String taskId) {
        List<String> awaiting = taskList.pageForRole("eva", Role.EXECUTIVE, TaskSort.DEFAULT, 0, 1000).stream()
                .map(TaskItem::id).toList();
        WebElement grid = browser.awaitVisible(By.cssSelector(".awaiting-decision-view vaadin-grid"));
        browser.script("arguments[0].scrollToIndex(arguments[1])", grid, awaiting.indexOf(taskId));
        browser.scrolledTo(By.cssSelector("a[href='tasks/" + taskId + "']"));
    }
}
