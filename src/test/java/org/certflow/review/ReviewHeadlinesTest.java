package org.certflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.project.Phase;
import org.certflow.project.Project;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;
import org.certflow.shared.HeadlineFigure;
import org.certflow.shared.HeadlineFigure.State;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the management reviews show on the project's page. */
@SpringTest
class ReviewHeadlinesTest extends ReviewTestSupport {

    @Autowired
    ReviewHeadlines headlines;

    @Test
    void no_review_yet_needs_attention_once_the_audit_and_certification_phase_starts_and_one_in_progress_too() {
        Project project = newProject();
        assertThat(headlines.of(project.id())).containsExactly(
                new HeadlineFigure("Last review completed", "None yet", State.OK),
                new HeadlineFigure("Next review", "Not scheduled", State.OK),
                new HeadlineFigure("Review actions overdue", "0", State.OK));

        projects.phaseStarted(project.id(), Phase.AUDIT_AND_CERTIFICATION);
        ProcessInstance review = holdNow(project);
        prepare(review);

        assertThat(headlines.of(project.id())).startsWith(
                new HeadlineFigure("Last review completed", "None yet", State.ATTENTION),
                new HeadlineFigure("Review in progress", ReviewStatus.AWAITING_DECISION.label(), State.ATTENTION));
    }

    @Test
    void a_completed_review_shows_its_day_the_next_one_and_its_actions_once_overdue() {
        Project project = newProject();
        completedReview(project);
        String today = Dates.day(EngineClock.today());

        assertThat(headlines.of(project.id())).containsExactly(
                new HeadlineFigure("Last review completed", today, State.OK),
                new HeadlineFigure("Next review", Dates.day(EngineClock.today().plusYears(1)), State.OK),
                new HeadlineFigure("Review actions overdue", "0", State.OK));

        later(Duration.ofDays(40));
        assertThat(headlines.of(project.id())).last().isEqualTo(
                new HeadlineFigure("Review actions overdue", "1", State.ALARM));
    }
}
