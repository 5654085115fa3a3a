package org.certflow.review.process;

import static org.certflow.review.process.ReviewVariables.MANAGEMENT_REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.certflow.shared.CompletingTask;

/** What the review's task listeners read from a task being completed: its review and who completes it. */
final class ReviewTaskValues {

    private ReviewTaskValues() {
    }

    static long reviewId(DelegateTask task) {
        if (task.getVariable(MANAGEMENT_REVIEW_ID) instanceof Number id) {
            return id.longValue();
        }
        throw new IllegalStateException("The process has no " + MANAGEMENT_REVIEW_ID + " variable.");
    }

    /** Who completes the task: the minutes name who prepared and who approved the review. */
    static String actor(DelegateTask task) {
        return CompletingTask.actor(task, "the minutes name who prepared and who approved the review.");
    }
}
