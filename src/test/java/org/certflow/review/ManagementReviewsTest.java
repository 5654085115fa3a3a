package org.certflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.project.Project;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The management reviews page's services: the extraordinary review and the list with its decision counts. */
@SpringTest
class ManagementReviewsTest extends ReviewTestSupport {

    @Test
    void the_project_manager_holds_an_extraordinary_review_which_gathers_its_inputs_at_once() {
        Project project = newProject();
        schedule.schedule(project.id(), EngineClock.today().plusMonths(6));

        ManagementReview held = schedule.holdExtraordinary(project.id(), PROJECT_MANAGER);

        ProcessInstance review = instance(held.processInstanceId());
        assertThat(review).isWaitingAt("Task_PrepareManagementReview");
        assertThat(held.status()).isEqualTo(ReviewStatus.IN_PREPARATION);
        assertThat(held.inputs()).isNotEmpty();
        assertThat(task(review, "Task_PrepareManagementReview"))
                .hasCandidateGroup(ProjectGroups.groupId(project.id(), Role.PROJECT_MANAGER));
        assertThat(schedule.next(project.id())).as("the scheduled review stays")
                .contains(EngineClock.today().plusMonths(6));
    }

    @Test
    void no_extraordinary_review_while_one_is_in_progress_and_none_but_by_the_project_manager() {
        Project project = newProject();
        ManagementReview open = schedule.holdExtraordinary(project.id(), PROJECT_MANAGER);

        assertThatThrownBy(() -> schedule.holdExtraordinary(project.id(), PROJECT_MANAGER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A management review of this project is in progress (inputs gathered on "
                        + Dates.day(open.inputsGatheredAt()) + "): complete it before you hold another.");
        assertThatThrownBy(() -> schedule.holdExtraordinary(project.id(), EXECUTIVE))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only the project manager holds an extraordinary management review.");
        assertThat(reviews.ofProject(project.id())).hasSize(1);
        assertThat(schedule.mayHoldExtraordinary(project.id(), EXECUTIVE)).isFalse();

        ProcessInstance first = instance(open.processInstanceId());
        prepare(first);
        decide(first, DecisionTopic.RESOURCES, "One more security engineer");
        assertThat(approve(first, EngineClock.today().plusYears(1)).isDone()).isTrue();

        assertThat(schedule.holdExtraordinary(project.id(), PROJECT_MANAGER).status())
                .isEqualTo(ReviewStatus.IN_PREPARATION);
        assertThat(reviews.ofProject(project.id())).hasSize(2);
    }

    @Test
    void the_list_counts_each_reviews_decisions() {
        Project project = newProject();
        ProcessInstance withTwo = holdNow(project);
        prepare(withTwo);
        decide(withTwo, DecisionTopic.RESOURCES, "One more security engineer");
        decide(withTwo, DecisionTopic.CONTINUAL_IMPROVEMENT, "Automate evidence collection");
        ProcessInstance withNone = holdNow(project);

        assertThat(reviews.page(PROJECT_MANAGER, project.id(), 0, 10))
                .extracting(listed -> listed.review().id(), ManagementReviews.Listed::decisions)
                .containsExactlyInAnyOrder(tuple(review(withTwo).id(), 2),
                        tuple(review(withNone).id(), 0));
        assertThat(reviews.page("colin", project.id(), 0, 10)).hasSize(2);
        assertThat(reviews.page("otto-is-nobody", project.id(), 0, 10)).isEmpty();
    }
}
