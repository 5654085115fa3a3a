package org.certflow.review.process;

import static org.certflow.review.process.ReviewVariables.MANAGEMENT_REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.review.Approval;
import org.certflow.review.ManagementReview;
import org.certflow.review.ManagementReviews;
import org.certflow.review.ReviewSchedule;
import org.springframework.stereotype.Component;

/** Task_ScheduleNextReview: schedules the project's next review on the day the executive decided. */
@Component
class ScheduleNextReviewDelegate implements JavaDelegate {

    private final ManagementReviews reviews;
    private final ReviewSchedule schedule;

    ScheduleNextReviewDelegate(ManagementReviews reviews, ReviewSchedule schedule) {
        this.reviews = reviews;
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ManagementReview review = reviews.find(((Number) execution.getVariable(MANAGEMENT_REVIEW_ID)).longValue())
                .orElseThrow();
        schedule.schedule(review.projectId(), review.approval().map(Approval::nextReviewDate).orElseThrow());
    }
}
