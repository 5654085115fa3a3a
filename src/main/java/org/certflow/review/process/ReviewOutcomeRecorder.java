package org.certflow.review.process;

import static org.certflow.project.process.ProcessVariables.APPROVE;
import static org.certflow.review.process.ReviewTaskValues.actor;
import static org.certflow.review.process.ReviewTaskValues.reviewId;
import static org.certflow.review.process.ReviewVariables.CONCLUSION;
import static org.certflow.review.process.ReviewVariables.DECISION;
import static org.certflow.review.process.ReviewVariables.NEXT_REVIEW_DATE;
import static org.certflow.review.process.ReviewVariables.REASON;
import static org.certflow.shared.CompletingTask.date;
import static org.certflow.shared.CompletingTask.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.review.ReviewDecisions;
import org.springframework.stereotype.Component;

/**
 * Task_DecideManagementReview completed (after {@code decisionRecorder} has recorded the approval or send-back):
 * an approval completes the review with the executive's conclusion and the date of the next review, refused while
 * no decision is recorded; a send-back is kept in the review with its reason, who and when, and the review goes back
 * to gathering its inputs.
 */
@Component
class ReviewOutcomeRecorder implements TaskListener {

    private final ReviewDecisions decisions;

    ReviewOutcomeRecorder(ReviewDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        long reviewId = reviewId(task);
        if (APPROVE.equals(text(task, DECISION))) {
            decisions.approve(reviewId, text(task, CONCLUSION),
                    date(task, NEXT_REVIEW_DATE, "the date of the next management review"), actor(task));
        } else {
            decisions.sendBack(reviewId, text(task, REASON), actor(task));
        }
    }
}
