package org.certflow.risk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.risk.ReviewInterval;
import org.certflow.risk.Risk;
import org.certflow.risk.RiskInput;
import org.certflow.risk.RiskTestSupport;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;

@SpringTest
class RiskReviewScheduleProcessTest extends RiskTestSupport {

    @Test
    void a_new_project_gets_its_review_schedule_waiting_for_the_review_interval() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        assertThat(schedule(project)).isWaitingAt("Timer_ReviewIntervalElapsed");
        assertThat(dueAt(timerOf(RiskReviewVariables.SCHEDULE_PROCESS, project.id())))
                .isCloseTo(threeMonthsFromNow(), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void the_timer_starts_a_review_of_the_risks_due_before_the_next_round_for_their_owners() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        settings.change(project.id(), ReviewInterval.YEARLY, 6, ReviewInterval.YEARLY, EXECUTIVE);
        Risk soon = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        Risk later = add(project, reviewedIn(risk("Payment outage", "Payment gateway", 2, 4, 1, 4, OTHER_RISK_OWNER), 8));
        settings.change(project.id(), ReviewInterval.QUARTERLY, 6, ReviewInterval.YEARLY, EXECUTIVE);
        Job timer = timerOf(RiskReviewVariables.SCHEDULE_PROCESS, project.id());
        later(Duration.ofDays(92));

        management.executeJob(timer.getId());

        assertThat(taskFor("Task_ReviewRisk", soon)).isAssignedTo(RISK_OWNER);
        assertThat(taskFor("Task_ReviewRisk", later)).as("reviewed in eight months, after the next round").isNull();
        assertThat(reviews.underReview(project.id())).containsExactly(soon.id());
        assertThat(schedule(project)).isWaitingAt("Timer_ReviewIntervalElapsed");
        assertThat(dueAt(timerOf(RiskReviewVariables.SCHEDULE_PROCESS, project.id())))
                .isCloseTo(threeMonthsFromNow(), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void a_round_with_no_risk_due_starts_no_review_and_waits_for_the_next() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        management.executeJob(timerOf(RiskReviewVariables.SCHEDULE_PROCESS, project.id()).getId());

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RiskReviewVariables.REVIEW_PROCESS)
                .processInstanceBusinessKey(String.valueOf(project.id())).count()).isZero();
        assertThat(schedule(project)).isWaitingAt("Timer_ReviewIntervalElapsed");
    }

    @Test
    void a_changed_review_interval_applies_from_the_next_round() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        settings.change(project.id(), ReviewInterval.MONTHLY, 6, ReviewInterval.YEARLY, PROJECT_MANAGER);

        management.executeJob(timerOf(RiskReviewVariables.SCHEDULE_PROCESS, project.id()).getId());

        Instant inAMonth = EngineClock.now().atZone(ZoneId.systemDefault()).plusMonths(1).toInstant();
        assertThat(dueAt(timerOf(RiskReviewVariables.SCHEDULE_PROCESS, project.id())))
                .isCloseTo(inAMonth, within(1, ChronoUnit.MINUTES));
    }

    @Test
    void a_risk_whose_acceptance_ends_before_the_next_round_is_due() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        settings.change(project.id(), ReviewInterval.YEARLY, 6, ReviewInterval.YEARLY, EXECUTIVE);
        Risk accepted = add(project, reviewedIn(risk("Customer data leak", "Web shop", 4, 4, 3, 4, RISK_OWNER), 8));
        settings.change(project.id(), ReviewInterval.QUARTERLY, 6, ReviewInterval.YEARLY, EXECUTIVE);

        management.executeJob(timerOf(RiskReviewVariables.SCHEDULE_PROCESS, project.id()).getId());

        assertThat(taskFor("Task_ReviewRisk", accepted)).as("above the appetite, accepted by nobody").isNotNull();
    }

    private ProcessInstance schedule(Project project) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(RiskReviewVariables.SCHEDULE_PROCESS)
                .processInstanceBusinessKey(String.valueOf(project.id())).singleResult();
    }

    private static RiskInput reviewedIn(RiskInput input, int months) {
        return new RiskInput(input.title(), input.asset(), input.threat(), input.likelihood(), input.impact(),
                input.residualLikelihood(), input.residualImpact(), input.owner(), input.treatment(),
                input.treatmentPlan(), input.controls(), EngineClock.today().plusMonths(months));
    }

    private static Instant dueAt(Job job) {
        return job.getDuedate().toInstant();
    }

    private static Instant threeMonthsFromNow() {
        return EngineClock.now().atZone(ZoneId.systemDefault()).plusMonths(3).toInstant();
    }
}
