package org.certflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.certflow.project.Decisions;
import org.certflow.project.Project;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SpringTest
class ProjectDecisionsInputTest extends ReviewTestSupport {

    @Autowired
    ProjectDecisionsInput input;
    @Autowired
    Decisions projectDecisions;

    @Test
    void decisions_are_listed_with_who_and_why_and_a_task_deciding_many_items_is_summarised() {
        Project project = newProject();
        long id = project.id();
        String policy = "Task_ApproveSecurityPolicy";
        String review = "Task_ReviewControlImplementation";
        projectDecisions.record(id, policy, "Approve information security policy", "reject",
                "Add a supplier objective.", EXECUTIVE);
        projectDecisions.record(id, policy, "Approve information security policy", "approve", null, EXECUTIVE);
        projectDecisions.record(id, review, "Review control implementation: ISO 27001 5.1", "approve", null,
                PROJECT_MANAGER);
        projectDecisions.record(id, review, "Review control implementation: ISO 27001 5.2", "sendBack",
                "Evidence is a draft.", PROJECT_MANAGER);
        projectDecisions.record(id, review, "Review control implementation: ISO 27001 5.3", "approve", null,
                PROJECT_MANAGER);
        String today = Dates.day(EngineClock.today());

        assertThat(input.facts(id)).containsExactly(
                today + ": Approve information security policy: rejected by Eva Eriksen (Add a supplier objective.)",
                today + ": Approve information security policy: approved by Eva Eriksen",
                today + ": Review control implementation, 3 decisions: 2 approved, 1 sent back");
    }

    @Test
    void decisions_before_the_last_review_was_approved_are_not_repeated() {
        Project project = newProject();
        projectDecisions.record(project.id(), "Task_ApproveAiPolicy", "Approve AI policy", "approve", null, EXECUTIVE);

        completedReview(project);

        assertThat(input.facts(project.id())).isEmpty();
    }
}
