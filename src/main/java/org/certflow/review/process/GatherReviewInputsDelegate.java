package org.certflow.review.process;

import static org.certflow.review.process.ReviewVariables.MANAGEMENT_REVIEW_ID;
import static org.certflow.review.process.ReviewVariables.NEXT_REVIEW_DATE;
import static org.certflow.review.process.ReviewVariables.PHASE_DUE_DATE;
import static org.certflow.review.process.ReviewVariables.REVIEW_DATE;
import static org.certflow.review.process.ReviewVariables.REVIEW_TASKS_DUE_DATE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.project.process.ProcessVariables;
import org.certflow.review.ManagementReview;
import org.certflow.review.ReviewPreparation;
import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/**
 * Task_GatherInputs: gathers every feature's inputs as of now into the review (again, after a send-back), and sets
 * the due date of its tasks (the caller's phase deadline, else four weeks) and the dates the forms propose (the
 * review today, the next one a year later). A sent-back review keeps its due date and the dates given before.
 */
@Component
class GatherReviewInputsDelegate implements JavaDelegate {

    static final Period PREPARATION_TIME = Period.ofWeeks(4);
    static final Period REVIEW_INTERVAL = Period.ofYears(1);

    private final ReviewPreparation preparation;

    GatherReviewInputsDelegate(ReviewPreparation preparation) {
        this.preparation = preparation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ManagementReview review = preparation.gather(ProcessVariables.projectId(execution),
                execution.getProcessInstanceId());
        LocalDate today = EngineClock.today();
        execution.setVariable(MANAGEMENT_REVIEW_ID, review.id());
        if (!execution.hasVariable(REVIEW_TASKS_DUE_DATE)) {
            execution.setVariable(REVIEW_TASKS_DUE_DATE, execution.getVariable(PHASE_DUE_DATE) instanceof Date phaseDue
                    ? phaseDue : Date.from(today.plus(PREPARATION_TIME).atTime(LocalTime.of(23, 59, 59))
                            .atZone(ZoneId.systemDefault()).toInstant()));
        }
        if (!execution.hasVariable(REVIEW_DATE)) {
            execution.setVariable(REVIEW_DATE, today.toString());
            execution.setVariable(NEXT_REVIEW_DATE, today.plus(REVIEW_INTERVAL).toString());
        }
    }
}
