package org.certflow.risk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.risk.ReviewInterval;
import org.certflow.risk.Risk;
import org.certflow.risk.RiskInput;
import org.certflow.risk.RiskReviewResults;
import org.certflow.risk.RiskTestSupport;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The per-project review schedule: its timer is proven by the clock, round after round. */
@SpringTest
class RiskReviewScheduleProcessTest extends RiskTestSupport {

    @Autowired
    RiskReviewResults results;

    private Instant start;

    @BeforeEach
    void stopTheClock() {
        start = freezeClock();
    }

    @Test
    void a_new_project_gets_its_review_schedule_waiting_for_the_review_interval() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        assertThat(schedule(project)).isWaitingAt("Timer_ReviewIntervalElapsed");
        fireAt(timer(project), monthsAfter(start, 3));

        assertThat(schedule(project)).isWaitingAt("Timer_ReviewIntervalElapsed");
    }

    @Test
    void the_timer_starts_a_review_of_the_risks_due_before_the_next_round_for_their_owners() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        settings.change(project.id(), ReviewInterval.YEARLY, 6, ReviewInterval.YEARLY, EXECUTIVE);
        Risk soon = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        Risk later = add(project, reviewedIn(risk("Payment outage", "Payment gateway", 2, 4, 1, 4, OTHER_RISK_OWNER), 8));
        settings.change(project.id(), ReviewInterval.QUARTERLY, 6, ReviewInterval.YEARLY, EXECUTIVE);

        fireAt(timer(project), monthsAfter(start, 3));

        assertThat(taskFor("Task_ReviewRisk", soon)).isAssignedTo(RISK_OWNER);
        assertThat(taskFor("Task_ReviewRisk", later)).as("reviewed in eight months, after the next round").isNull();
        assertThat(reviews.underReview(project.id())).containsExactly(soon.id());
        assertThat(schedule(project)).isWaitingAt("Timer_ReviewIntervalElapsed");
        fireAt(timer(project), monthsAfter(monthsAfter(start, 3), 3));
    }

    @Test
    void a_round_with_no_risk_due_starts_no_review_and_waits_for_the_next() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        fireAt(timer(project), monthsAfter(start, 3));

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RiskReviewVariables.REVIEW_PROCESS)
                .processInstanceBusinessKey(String.valueOf(project.id())).count()).isZero();
        assertThat(schedule(project)).isWaitingAt("Timer_ReviewIntervalElapsed");
    }

    @Test
    void a_changed_review_interval_applies_from_the_next_round() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        settings.change(project.id(), ReviewInterval.MONTHLY, 6, ReviewInterval.YEARLY, PROJECT_MANAGER);

        fireAt(timer(project), monthsAfter(start, 3));

        fireAt(timer(project), monthsAfter(monthsAfter(start, 3), 1));
    }

    @Test
    void a_risk_accepted_past_the_next_round_waits_for_it() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk accepted = acceptedAboveTheAppetite(project, monthsAfter(start, 7));

        fireAt(timer(project), monthsAfter(start, 3));

        assertThat(taskFor("Task_ReviewRisk", accepted)).as("accepted until after the round in six months").isNull();
    }

    @Test
    void a_risk_whose_acceptance_ends_before_the_next_round_is_due() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk accepted = acceptedAboveTheAppetite(project, monthsAfter(start, 5));

        fireAt(timer(project), monthsAfter(start, 3));

        assertThat(taskFor("Task_ReviewRisk", accepted)).as("the acceptance ends a month before the next round")
                .isNotNull();
    }

    /**
     * A risk with a residual score of 12, to be reviewed in eight months, that an executive accepted until that
     * day: entered while the appetite was 12 (so no review started), then the appetite went back to 6.
     */
    private Risk acceptedAboveTheAppetite(Project project, Instant until) {
        settings.change(project.id(), ReviewInterval.YEARLY, 12, ReviewInterval.YEARLY, EXECUTIVE);
        Risk risk = add(project, reviewedIn(risk("Customer data leak", "Web shop", 4, 4, 3, 4, RISK_OWNER), 8));
        results.recordAcceptance(risk.id(), until.atZone(ZoneId.systemDefault()).toLocalDate(), EXECUTIVE);
        settings.change(project.id(), ReviewInterval.QUARTERLY, 6, ReviewInterval.YEARLY, EXECUTIVE);
        assertThat(reviews.underReview(project.id())).isEmpty();
        return risk;
    }

    private ProcessInstance schedule(Project project) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(RiskReviewVariables.SCHEDULE_PROCESS)
                .processInstanceBusinessKey(String.valueOf(project.id())).singleResult();
    }

    private Job timer(Project project) {
        return timerOf(RiskReviewVariables.SCHEDULE_PROCESS, project.id());
    }

    private static RiskInput reviewedIn(RiskInput input, int months) {
        return new RiskInput(input.title(), input.asset(), input.threat(), input.likelihood(), input.impact(),
                input.residualLikelihood(), input.residualImpact(), input.owner(), input.treatment(),
                input.treatmentPlan(), input.controls(), EngineClock.today().plusMonths(months));
    }

    private static Instant monthsAfter(Instant instant, int months) {
        return instant.atZone(ZoneId.systemDefault()).plusMonths(months).toInstant();
    }
}
