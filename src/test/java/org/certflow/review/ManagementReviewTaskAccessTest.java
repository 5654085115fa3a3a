package org.certflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.test_support.TaskAccess.assertOutsideRoles;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.test_support.SpringTest;
import org.certflow.test_support.TaskAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** The management review's decisions are the executive's: the project manager who prepared it cannot take them. */
@SpringTest
class ManagementReviewTaskAccessTest extends ReviewTestSupport {

    @Autowired
    TaskAccess access;

    @Test
    void the_project_manager_neither_finds_nor_takes_the_executives_decisions() {
        ProcessInstance review = holdNow(newProject());
        prepare(review);
        Task decide = task(review, "Task_DecideManagementReview");
        Map<String, String> approve = Map.of("decideManagementReviewDecision", "approve",
                "reviewConclusion", "Suitable, adequate and effective.",
                "nextReviewDate", EngineClock.today().plusYears(1).toString());

        ResponseEntity<Map> refused = access.as(PROJECT_MANAGER).restComplete(decide.getId(), approve);

        assertThat(access.as(PROJECT_MANAGER).restTaskIds(review.getId())).isEmpty();
        assertOutsideRoles(refused, PROJECT_MANAGER);
        assertThat(access.as(PROJECT_MANAGER).complete(decide.getId(), approve).kind())
                .isEqualTo(TaskOutcome.Kind.NOT_ALLOWED);
        assertThat(access.outsider().restTaskCount(review.getId())).isZero();
        assertThat(task(review, "Task_DecideManagementReview")).isNotNull();
        assertThat(runtime.getVariables(review.getId())).doesNotContainKey("decideManagementReviewDecision");
        assertThat(access.as(EXECUTIVE).restTaskIds(review.getId())).containsExactly(decide.getId());
    }
}
