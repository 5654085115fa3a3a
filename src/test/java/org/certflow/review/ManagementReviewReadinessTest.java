package org.certflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.project.Project;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;
import org.certflow.shared.ReadinessCheck.Result;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SpringTest
class ManagementReviewReadinessTest extends ReviewTestSupport {

    @Autowired
    ManagementReviewReadiness readiness;

    @Test
    void project_without_a_completed_review_is_not_ready() {
        Project project = newProject();
        ProcessInstance review = holdNow(project);
        prepare(review);
        decide(review, DecisionTopic.RESOURCES, "One more security engineer");

        assertThat(readiness.check(project.id())).singleElement().extracting(Result::passed, Result::finding)
                .containsExactly(false, "No management review has been completed with decisions yet.");
    }

    @Test
    void project_with_a_completed_review_and_its_decisions_is_ready() {
        Project project = newProject();

        completedReview(project);

        assertThat(readiness.check(project.id())).singleElement().satisfies(result -> {
            assertThat(result.passed()).isTrue();
            assertThat(result.requirement()).isEqualTo(ManagementReviewReadiness.REQUIREMENT);
            assertThat(result.finding()).isEqualTo("Held on " + Dates.day(EngineClock.today())
                    + ", approved by Eva Eriksen on " + Dates.day(EngineClock.today()) + " with 1 decision.");
        });
    }
}
