package org.certflow.review.process;

import static org.certflow.review.process.ReviewTaskValues.actor;
import static org.certflow.review.process.ReviewTaskValues.reviewId;
import static org.certflow.review.process.ReviewVariables.AGENDA;
import static org.certflow.review.process.ReviewVariables.IMPROVEMENT_OPPORTUNITIES;
import static org.certflow.review.process.ReviewVariables.INTERESTED_PARTY_FEEDBACK;
import static org.certflow.review.process.ReviewVariables.REVIEW_DATE;
import static org.certflow.shared.CompletingTask.date;
import static org.certflow.shared.CompletingTask.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.review.Preparation;
import org.certflow.review.ReviewPreparation;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/**
 * Task_PrepareManagementReview completed: keeps the project manager's preparation in the review's record, with who
 * prepared it and when; the review then awaits the executive. Refused without a review date or an agenda.
 */
@Component
class PreparationRecorder implements TaskListener {

    private final ReviewPreparation preparation;

    PreparationRecorder(ReviewPreparation preparation) {
        this.preparation = preparation;
    }

    @Override
    public void notify(DelegateTask task) {
        String agenda = text(task, AGENDA);
        if (agenda == null) {
            throw new CompletionRefusedException("Give the agenda of the management review.");
        }
        preparation.prepared(reviewId(task), new Preparation(
                date(task, REVIEW_DATE, "the date of the management review"), agenda,
                text(task, INTERESTED_PARTY_FEEDBACK), text(task, IMPROVEMENT_OPPORTUNITIES), actor(task),
                EngineClock.now()));
    }
}
