package org.certflow.risk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.risk.ReviewRound;
import org.certflow.risk.Risk;
import org.certflow.risk.RiskHistoryEntry;
import org.certflow.risk.RiskHistoryKind;
import org.certflow.risk.RiskLevel;
import org.certflow.risk.RiskRating;
import org.certflow.risk.RiskTestSupport;
import org.certflow.security.Role;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SpringTest
class RiskReviewProcessTest extends RiskTestSupport {

    @Autowired
    Decisions decisions;

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
        assertThat(register.history(leak.id())).extracting(RiskHistoryEntry::kind).startsWith(
                RiskHistoryKind.REVIEW_COMPLETED, RiskHistoryKind.REVIEWED, RiskHistoryKind.REVIEW_STARTED);
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
        Risk leak = add(project, risk("Customer data leak", "Web shop", 4, 4, 3, 4, RISK_OWNER));
        ProcessInstance review = startReview(project, leak);
        completeAs(RISK_OWNER, taskFor("Task_ReviewRisk", leak), review(4, 4, 3, 4));

        completeAs(RISK_OWNER, taskFor("Task_ApproveTreatmentPlan", leak), "approveTreatmentPlanDecision", "approve");

        assertThat(review).isWaitingAt("Task_AcceptResidualRisk");
        assertThat(taskFor("Task_AcceptResidualRisk", leak)).hasCandidateGroup(groupOf(project, Role.EXECUTIVE))
                .hasName("Accept residual risk: Customer data leak");
    }

    @Test
    void the_executive_accepts_the_residual_risk_until_a_date_and_the_decision_is_recorded() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 4, 4, 3, 4, RISK_OWNER));
        ProcessInstance review = reviewUpToAcceptance(project, leak);
        LocalDate until = EngineClock.today().plusMonths(6);

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
        Risk leak = add(project, risk("Customer data leak", "Web shop", 4, 4, 3, 4, RISK_OWNER));
        ProcessInstance review = reviewUpToAcceptance(project, leak);

        assertThatThrownBy(() -> completeAs(EXECUTIVE, taskFor("Task_AcceptResidualRisk", leak),
                "acceptResidualRiskDecision", "approve"))
                .isInstanceOf(CompletionRefusedException.class).hasMessageContaining("Give the date the acceptance ends");

        assertThat(review).isWaitingAt("Task_AcceptResidualRisk");
        assertThat(register.get(leak.id()).acceptedUntil()).isNull();
    }

    @Test
    void a_residual_risk_sent_back_returns_to_its_owners_review_with_the_reason_in_its_history() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 4, 4, 3, 4, RISK_OWNER));
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

    private ProcessInstance reviewUpToAcceptance(Project project, Risk risk) {
        ProcessInstance review = startReview(project, risk);
        completeAs(risk.owner(), taskFor("Task_ReviewRisk", risk), review(risk.likelihood(), risk.impact(),
                risk.residualLikelihood(), risk.residualImpact()));
        completeAs(risk.owner(), taskFor("Task_ApproveTreatmentPlan", risk), "approveTreatmentPlanDecision", "approve");
        assertThat(review).isWaitingAt("Task_AcceptResidualRisk");
        return review;
    }
}
