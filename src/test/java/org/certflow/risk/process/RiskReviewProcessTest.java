package org.certflow.risk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.risk.InvalidRiskException;
import org.certflow.risk.ReviewInterval;
import org.certflow.risk.ReviewRound;
import org.certflow.risk.Risk;
import org.certflow.risk.RiskHistoryEntry;
import org.certflow.risk.RiskHistoryKind;
import org.certflow.risk.RiskInput;
import org.certflow.risk.RiskLevel;
import org.certflow.risk.RiskRating;
import org.certflow.risk.RiskReviewResults;
import org.certflow.risk.RiskTestSupport;
import org.certflow.risk.RiskTreatment;
import org.certflow.security.Role;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SpringTest
class RiskReviewProcessTest extends RiskTestSupport {

    @Autowired
    Decisions decisions;
    @Autowired
    RiskReviewResults results;

    @Test
    void each_risk_of_the_round_gets_a_review_task_for_its_owner() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        Risk outage = add(project, risk("Payment outage", "Payment gateway", 2, 4, 1, 4, OTHER_RISK_OWNER));

        ProcessInstance review = startReview(project, leak, outage);

        assertThat(review).isWaitingAt("Task_ReviewRisk");
        Task leakReview = taskFor("Task_ReviewRisk", leak);
        assertThat(leakReview).isAssignedTo(RISK_OWNER).hasCandidateGroupAssociated(groupOf(project, Role.RISK_OWNER))
                .hasName("Review risk: Customer data leak");
        assertThat(taskFor("Task_ReviewRisk", outage)).isAssignedTo(OTHER_RISK_OWNER);
        LocalDate due = LocalDate.ofInstant(leakReview.getDueDate().toInstant(), ZoneId.systemDefault());
        assertThat(due).isEqualTo(EngineClock.today().plusDays(14));
    }

    @Test
    void the_review_form_opens_with_the_risks_current_ratings_and_treatment() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        startReview(project, leak);

        assertThat(tasks.getVariables(taskFor("Task_ReviewRisk", leak).getId()))
                .containsEntry("likelihood", 3L).containsEntry("impact", 4L).containsEntry("residualLikelihood", 2L)
                .containsEntry("residualImpact", 3L).containsEntry("treatment", "mitigate");
    }

    @Test
    void a_residual_risk_within_the_appetite_is_done_once_its_owner_approves_the_treatment_plan() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        ProcessInstance review = startReview(project, leak);

        completeAs(RISK_OWNER, taskFor("Task_ReviewRisk", leak), review(4, 4, 2, 3));
        Risk rated = register.get(leak.id());
        assertThat(rated.inherent()).isEqualTo(new RiskRating(16, RiskLevel.CRITICAL));
        assertThat(rated.residual()).isEqualTo(new RiskRating(6, RiskLevel.MEDIUM));
        Task approval = taskFor("Task_ApproveTreatmentPlan", leak);
        assertThat(approval).isAssignedTo(RISK_OWNER).hasName("Approve treatment plan: Customer data leak");

        completeAs(RISK_OWNER, approval, "approveTreatmentPlanDecision", "approve");

        assertThat(review).isEnded();
        Risk reviewed = register.get(leak.id());
        assertThat(reviewed.nextReview()).isEqualTo(EngineClock.today().plusMonths(3));
        assertThat(reviewed.lastReviewedAt()).isNotNull();
        assertThat(register.history(leak.id())).extracting(RiskHistoryEntry::kind, RiskHistoryEntry::actor)
                .startsWith(tuple(RiskHistoryKind.REVIEW_COMPLETED, RISK_OWNER),
                        tuple(RiskHistoryKind.PLAN_APPROVED, RISK_OWNER), tuple(RiskHistoryKind.REVIEWED, RISK_OWNER),
                        tuple(RiskHistoryKind.REVIEW_STARTED, PROJECT_MANAGER));
        assertThat(decisions.of(project.id())).singleElement().extracting(Decision::taskId, Decision::outcome,
                Decision::decidedBy).containsExactly("Task_ApproveTreatmentPlan", "approve", RISK_OWNER);
    }

    @Test
    void the_owner_who_revises_the_plan_reviews_the_risk_again() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        ProcessInstance review = startReview(project, leak);
        completeAs(RISK_OWNER, taskFor("Task_ReviewRisk", leak), review(3, 4, 2, 3));

        completeAs(RISK_OWNER, taskFor("Task_ApproveTreatmentPlan", leak), "approveTreatmentPlanDecision", "revise",
                "approveTreatmentPlanReason", "Add the logging control first");

        assertThat(review).isWaitingAt("Task_ReviewRisk");
        assertThat(taskFor("Task_ReviewRisk", leak)).isAssignedTo(RISK_OWNER);
    }

    @Test
    void a_residual_risk_above_the_appetite_goes_to_the_projects_executive() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        ProcessInstance review = startReview(project, leak);
        completeAs(RISK_OWNER, taskFor("Task_ReviewRisk", leak), review(4, 4, 3, 4));

        completeAs(RISK_OWNER, taskFor("Task_ApproveTreatmentPlan", leak), "approveTreatmentPlanDecision", "approve");

        assertThat(review).isWaitingAt("Task_AcceptResidualRisk");
        assertThat(taskFor("Task_AcceptResidualRisk", leak)).hasCandidateGroup(groupOf(project, Role.EXECUTIVE))
                .hasName("Accept residual risk: Customer data leak");
    }

    @Test
    void a_project_with_a_higher_appetite_needs_no_executive_for_the_same_residual_risk() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        settings.change(project.id(), ReviewInterval.QUARTERLY, 12, ReviewInterval.YEARLY, EXECUTIVE);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        ProcessInstance review = startReview(project, leak);
        completeAs(RISK_OWNER, taskFor("Task_ReviewRisk", leak), review(4, 4, 3, 4));

        completeAs(RISK_OWNER, taskFor("Task_ApproveTreatmentPlan", leak), "approveTreatmentPlanDecision", "approve");

        assertThat(review).isEnded().hasNotPassed("Task_AcceptResidualRisk");
        assertThat(register.get(leak.id()).residual().score()).as("12, the appetite itself").isEqualTo(12);
    }

    @Test
    void the_executive_has_a_week_for_the_acceptance_however_late_the_owner_reviewed() {
        freezeClock();
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        ProcessInstance review = startReview(project, leak);
        Date ownersDue = taskFor("Task_ReviewRisk", leak).getDueDate();
        later(Duration.ofDays(20));

        completeAs(RISK_OWNER, taskFor("Task_ReviewRisk", leak), review(4, 4, 3, 4));
        completeAs(RISK_OWNER, taskFor("Task_ApproveTreatmentPlan", leak), "approveTreatmentPlanDecision", "approve");

        assertThat(review).isWaitingAt("Task_AcceptResidualRisk");
        Date due = taskFor("Task_AcceptResidualRisk", leak).getDueDate();
        assertThat(due.toInstant()).isEqualTo(EngineClock.now().plus(Duration.ofDays(7)));
        assertThat(ownersDue.toInstant()).as("the owners' due date had passed").isBefore(EngineClock.now());
    }

    @Test
    void the_executive_accepts_the_residual_risk_until_a_date_and_the_decision_is_recorded() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        ProcessInstance review = reviewUpToAcceptance(project, leak);
        LocalDate until = EngineClock.today().plusMonths(12);

        completeAs(EXECUTIVE, taskFor("Task_AcceptResidualRisk", leak), "acceptResidualRiskDecision", "approve",
                "acceptedUntil", until.toString());

        assertThat(review).isEnded();
        Risk accepted = register.get(leak.id());
        assertThat(accepted.acceptedUntil()).isEqualTo(until);
        assertThat(accepted.acceptedBy()).isEqualTo(EXECUTIVE);
        assertThat(accepted.needsAcceptance(settings.of(project.id()).riskAppetite(), EngineClock.today())).isFalse();
        assertThat(register.history(leak.id())).extracting(RiskHistoryEntry::kind)
                .startsWith(RiskHistoryKind.REVIEW_COMPLETED, RiskHistoryKind.ACCEPTED);
        assertThat(decisions.of(project.id())).extracting(Decision::taskId, Decision::decidedBy)
                .contains(tuple("Task_AcceptResidualRisk", EXECUTIVE));
    }

    @Test
    void an_acceptance_without_an_end_date_is_refused() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        reviewUpToAcceptance(project, leak);

        assertThat(refusedAcceptance(project, leak, null)).startsWith("Give the date the acceptance ends: after "
                + "today and at most 12 months ahead, by " + EngineClock.today().plusMonths(12) + " at the latest.");
    }

    @Test
    void an_acceptance_ending_today_or_earlier_or_more_than_a_year_ahead_is_refused() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        reviewUpToAcceptance(project, leak);
        LocalDate today = EngineClock.today();

        for (LocalDate until : List.of(today.minusDays(1), today, today.plusMonths(12).plusDays(1))) {
            assertThat(refusedAcceptance(project, leak, until.toString())).as(until.toString())
                    .contains("after today and at most 12 months ahead");
        }
    }

    @Test
    void an_acceptance_until_something_that_is_no_date_is_refused() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        reviewUpToAcceptance(project, leak);

        assertThat(refusedAcceptance(project, leak, "31.12.2099")).isEqualTo("Please correct: Accepted until "
                + "(required when accepting; at most 12 months ahead): enter a date like 2027-03-01.");
    }

    @Test
    void a_residual_risk_sent_back_returns_to_its_owners_review_with_the_reason_in_its_history() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        ProcessInstance review = reviewUpToAcceptance(project, leak);

        completeAs(EXECUTIVE, taskFor("Task_AcceptResidualRisk", leak), "acceptResidualRiskDecision", "sendBack",
                "acceptResidualRiskReason", "Encrypt the backups before I accept this");

        assertThat(review).isWaitingAt("Task_ReviewRisk");
        assertThat(taskFor("Task_ReviewRisk", leak)).isAssignedTo(RISK_OWNER);
        assertThat(register.history(leak.id()).get(0)).extracting(RiskHistoryEntry::kind, RiskHistoryEntry::actor,
                RiskHistoryEntry::note).containsExactly(RiskHistoryKind.SENT_BACK, EXECUTIVE,
                "Encrypt the backups before I accept this");
        assertThat(register.get(leak.id()).acceptedUntil()).isNull();
    }

    @Test
    void a_review_rating_the_treated_risk_worse_than_the_untreated_one_is_refused() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        ProcessInstance review = startReview(project, leak);

        assertThatThrownBy(() -> completeAs(RISK_OWNER, taskFor("Task_ReviewRisk", leak), review(2, 3, 3, 3)))
                .isInstanceOf(CompletionRefusedException.class).hasMessageContaining("Treatment does not make a risk more likely: at most 2.");

        assertThat(review).isWaitingAt("Task_ReviewRisk");
        assertThat(register.get(leak.id()).likelihood()).isEqualTo(3);
    }

    @Test
    void the_owner_links_the_controls_a_mitigation_needs_on_the_review_task_page() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, accepted(risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER)));
        ProcessInstance review = startReview(project, leak);

        assertThatThrownBy(() -> completeAs(RISK_OWNER, taskFor("Task_ReviewRisk", leak), review(3, 4, 2, 3)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessageContaining("choose them under \"Controls that treat the risk\" on this task's page");
        results.changeControls(leak.id(), Set.of(ACCESS_CONTROL, LOGGING), RISK_OWNER);
        completeAs(RISK_OWNER, taskFor("Task_ReviewRisk", leak), review(3, 4, 2, 3));

        assertThat(review).isWaitingAt("Task_ApproveTreatmentPlan");
        Risk mitigated = register.get(leak.id());
        assertThat(mitigated.controls()).containsExactly(ACCESS_CONTROL, LOGGING);
        assertThat(mitigated.treatment()).isEqualTo(RiskTreatment.MITIGATE);
        assertThat(register.history(leak.id())).extracting(RiskHistoryEntry::kind, RiskHistoryEntry::actor)
                .contains(tuple(RiskHistoryKind.CONTROLS_CHANGED, RISK_OWNER));
    }

    @Test
    void only_the_owner_changes_controls_and_only_applicable_ones_while_reviewing() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        soa.decide(soa.line(project.id(), "ISO27001:7.4").id(), false, "No premises of our own", null);

        assertThatThrownBy(() -> results.changeControls(leak.id(), Set.of(LOGGING), RISK_OWNER))
                .as("no review open").isInstanceOf(IllegalStateException.class);
        startReview(project, leak);
        assertThatThrownBy(() -> results.changeControls(leak.id(), Set.of(LOGGING), OTHER_RISK_OWNER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.changeControls(leak.id(), Set.of("ISO27001:7.4"), RISK_OWNER))
                .isInstanceOf(InvalidRiskException.class)
                .hasMessage("ISO27001:7.4 is not applicable in this project's Statement of Applicability.");
        assertThat(register.get(leak.id()).controls()).containsExactly(ACCESS_CONTROL);
        completeAs(RISK_OWNER, taskFor("Task_ReviewRisk", leak), review(3, 4, 2, 3));
        assertThatThrownBy(() -> results.changeControls(leak.id(), Set.of(LOGGING), RISK_OWNER))
                .as("the owner's review is done; the plan waits for approval").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void parallel_reviews_keep_their_answers_apart() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        Risk outage = add(project, risk("Payment outage", "Payment gateway", 2, 4, 1, 4, OTHER_RISK_OWNER));
        startReview(project, leak, outage);

        completeAs(RISK_OWNER, taskFor("Task_ReviewRisk", leak), review(4, 4, 3, 4));
        completeAs(RISK_OWNER, taskFor("Task_ApproveTreatmentPlan", leak), "approveTreatmentPlanDecision", "approve");

        assertThat(tasks.getVariables(taskFor("Task_ReviewRisk", outage).getId()))
                .containsEntry("likelihood", 2L).containsEntry("residualImpact", 4L)
                .containsEntry("approveTreatmentPlanDecision", null);
    }

    private ProcessInstance startReview(Project project, Risk... risks) {
        ReviewRound round = reviews.startOnDemand(project.id(), List.of(risks).stream().map(Risk::id).toList(),
                PROJECT_MANAGER).orElseThrow();
        return runtime.createProcessInstanceQuery().processDefinitionKey(RiskReviewVariables.REVIEW_PROCESS)
                .variableValueEquals(RiskReviewVariables.REVIEW_ROUND_ID, round.id()).singleResult();
    }

    /** The owner rates the residual risk 3 x 4 = 12, above the appetite of 6, and approves the plan. */
    private ProcessInstance reviewUpToAcceptance(Project project, Risk risk) {
        ProcessInstance review = startReview(project, risk);
        completeAs(risk.owner(), taskFor("Task_ReviewRisk", risk), review(4, 4, 3, 4));
        completeAs(risk.owner(), taskFor("Task_ApproveTreatmentPlan", risk), "approveTreatmentPlanDecision", "approve");
        assertThat(review).isWaitingAt("Task_AcceptResidualRisk");
        return review;
    }

    /**
     * The refusal of an acceptance until that day (none for null), after checking that nothing of it was kept: the
     * task still open, no acceptance in the risk or its history, no decision recorded.
     */
    private String refusedAcceptance(Project project, Risk risk, String until) {
        Object[] answers = until == null ? new Object[] {"acceptResidualRiskDecision", "approve"}
                : new Object[] {"acceptResidualRiskDecision", "approve", "acceptedUntil", until};
        Throwable refused = catchThrowable(() -> completeAs(EXECUTIVE, taskFor("Task_AcceptResidualRisk", risk),
                answers));
        assertThat(CompletionRefusedException.in(refused)).as("refused").isPresent();
        assertThat(taskFor("Task_AcceptResidualRisk", risk)).isNotNull();
        assertThat(register.get(risk.id()).acceptedUntil()).isNull();
        assertThat(register.history(risk.id())).extracting(RiskHistoryEntry::kind)
                .doesNotContain(RiskHistoryKind.ACCEPTED);
        assertThat(decisions.of(project.id())).extracting(Decision::taskId).doesNotContain("Task_AcceptResidualRisk");
        return CompletionRefusedException.in(refused).orElseThrow().getMessage();
    }

    private static RiskInput accepted(RiskInput input) {
        return new RiskInput(input.title(), input.asset(), input.threat(), input.likelihood(), input.impact(),
                input.residualLikelihood(), input.residualImpact(), input.owner(), RiskTreatment.ACCEPT,
                "Kept as it is: the data is public", Set.of(), input.nextReview());
    }
}
