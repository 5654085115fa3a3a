package org.certflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.camunda.bpm.engine.HistoryService;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.Role;
import org.certflow.tasklist.TaskItem;
import org.certflow.tasklist.TaskListService;
import org.certflow.tasklist.TaskSort;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo profile (which the tests run on) seeds one completed management review and one awaiting decisions. */
@SpringTest
class ManagementReviewDemoTest {

    @Autowired
    ProjectService projects;
    @Autowired
    ManagementReviews reviews;
    @Autowired
    ReviewSchedule schedule;
    @Autowired
    TaskListService taskList;
    @Autowired
    HistoryService history;

    @Test
    void the_labs_review_is_completed_with_three_decisions_and_the_next_one_is_scheduled() {
        Project labs = projects.findByName(ManagementReviewDemo.LABS).orElseThrow();

        ManagementReview review = reviews.latestCompleted(labs.id()).orElseThrow();

        assertThat(review.approval().orElseThrow().approvedBy()).isEqualTo("eva");
        assertThat(reviews.decisions(review.id())).extracting(ReviewDecision::topic)
                .containsExactly(DecisionTopic.CONTINUAL_IMPROVEMENT, DecisionTopic.MANAGEMENT_SYSTEM_CHANGE,
                        DecisionTopic.RESOURCES);
        assertThat(reviews.decisions(review.id())).filteredOn(ReviewDecision::isDone).extracting(
                ReviewDecision::actionOwner).containsExactly("colin");
        assertThat(reviews.decisions(review.id())).filteredOn(d -> d.isOverdue(LocalDate.now()))
                .extracting(ReviewDecision::actionOwner).containsExactly("pia");
        assertThat(notes(review, ManagementReviewDemo.OBJECTIVES)).startsWith("The 38 controls are implemented");
        assertThat(notes(review, ManagementReviewDemo.CONTEXT_CHANGES)).startsWith("Prompt-injection attempts");
        assertThat(schedule.next(labs.id())).contains(review.preparation().orElseThrow().reviewDate().plusYears(1));
    }

    /** Awaiting the decisions when seeded; the browser test may have decided it since (same database). */
    @Test
    void the_ai_platform_review_is_prepared_with_notes_and_goes_to_the_executive() {
        Project platform = projects.findByName(ManagementReviewDemo.AI_PLATFORM).orElseThrow();

        ManagementReview review = reviews.ofProject(platform.id()).stream().reduce((newer, older) -> older)
                .orElseThrow();

        assertThat(review.preparation()).get().extracting(Preparation::preparedBy).isEqualTo("pia");
        assertThat(notes(review, ManagementReviewDemo.CONTEXT_CHANGES)).startsWith("A second banking customer");
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(String.valueOf(platform.id()))
                .taskDefinitionKey("Task_DecideManagementReview").count()).isOne();
        if (review.status() == ReviewStatus.AWAITING_DECISION) {
            assertThat(taskList.pageForRole("eva", Role.EXECUTIVE, TaskSort.DEFAULT, 0, 100))
                    .extracting(TaskItem::name, TaskItem::projectName)
                    .contains(tuple("Take management review decisions", platform.name()));
        } else {
            assertThat(review.approval()).get().extracting(Approval::approvedBy).isEqualTo("eva");
        }
    }

    private static String notes(ManagementReview review, String title) {
        return review.inputs().stream().filter(section -> section.title().equals(title)).findFirst().orElseThrow()
                .notes();
    }
}
