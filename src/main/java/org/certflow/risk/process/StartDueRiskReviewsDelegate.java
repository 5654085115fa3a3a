package org.certflow.risk.process;

import static org.certflow.project.process.ProcessVariables.projectId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.risk.RiskReviews;
import org.springframework.stereotype.Component;

/**
 * The schedule's round ({@code Task_StartDueRiskReviews}): starts a review of the project's risks that are due, as
 * a process instance of its own, so the schedule keeps its rhythm while a review waits for an executive.
 */
@Component
class StartDueRiskReviewsDelegate implements JavaDelegate {

    private final RiskReviews reviews;

    StartDueRiskReviewsDelegate(RiskReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.startScheduled(projectId(execution));
    }
}
