package org.certflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.shared.Dates.day;

import java.time.Duration;
import java.time.LocalDate;

import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.risk.process.AiImpactVariables;
import org.certflow.shared.EngineClock;
import org.certflow.shared.ReadinessCheck.Result;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the risk feature contributes to the management review and to the Stage 1 readiness check. */
@SpringTest
class RiskReportsTest extends RiskTestSupport {

    @Autowired
    RiskStatusReport riskStatus;
    @Autowired
    AiImpactReport aiImpact;
    @Autowired
    RiskReadiness readiness;
    @Autowired
    RiskReviewResults results;

    @Test
    void the_management_review_learns_levels_treatments_acceptances_and_overdue_reviews() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 4, 4, 3, 4, RISK_OWNER));
        add(project, risk("Payment outage", "Payment gateway", 4, 4, 3, 4, OTHER_RISK_OWNER));
        add(project, risk("Wrong prices published", "Web shop", 2, 3, 2, 2, RISK_OWNER));
        LocalDate acceptedUntil = EngineClock.today().plusMonths(6);
        results.recordAcceptance(leak.id(), acceptedUntil, EXECUTIVE);
        later(Duration.ofDays(40));

        assertThat(riskStatus.facts(project.id())).containsExactly(
                "3 risks; residual levels: 0 low, 1 medium, 2 high, 0 critical.",
                "Treatments: 3 mitigate, 0 accept, 0 avoid, 0 transfer.",
                "2 above the risk appetite (residual score 6): 1 accepted by an executive, 1 awaiting acceptance.",
                "Accepted until " + day(acceptedUntil) + " by Eva Eriksen: Customer data leak, residual 12 (high).",
                "Reviews overdue: Customer data leak (due " + day(leak.nextReview()) + "), Payment outage (due "
                        + day(leak.nextReview()) + "), Wrong prices published (due " + day(leak.nextReview()) + ").");
    }

    @Test
    void readiness_waits_for_the_executive_to_accept_every_residual_risk_above_the_appetite() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 4, 4, 3, 4, RISK_OWNER));

        assertThat(readiness.check(project.id())).extracting(Result::passed).containsExactly(true, false);
        assertThat(readiness.check(project.id()).get(1).finding()).isEqualTo("Not accepted: Customer data leak.");

        results.recordAcceptance(leak.id(), EngineClock.today().plusMonths(6), EXECUTIVE);
        assertThat(readiness.check(project.id())).extracting(Result::passed).containsExactly(true, true);
    }

    @Test
    void readiness_fails_on_an_empty_register_and_on_an_overdue_review() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        assertThat(readiness.check(project.id()).get(0)).extracting(Result::passed, Result::finding)
                .containsExactly(false, "The risk register is empty.");

        add(project, risk("Wrong prices published", "Web shop", 2, 3, 2, 2, RISK_OWNER));
        assertThat(readiness.check(project.id()).get(0).passed()).isTrue();
        later(Duration.ofDays(40));

        assertThat(readiness.check(project.id()).get(0)).extracting(Result::passed, Result::finding)
                .containsExactly(false, "Review overdue: Wrong prices published.");
    }

    @Test
    void a_42001_project_is_ready_once_every_ai_system_has_an_approved_impact_assessment() {
        Project project = newProject(StandardsScope.BOTH);
        add(project, risk("Wrong prices published", "Web shop", 2, 3, 2, 2, RISK_OWNER));
        AiSystem chatbot = aiSystems.add(project.id(), new AiSystemInput("Support chatbot", "Answers customers",
                AiSystemRole.PROVIDER), AI_LEAD);
        assertThat(readiness.check(project.id()).get(2)).extracting(Result::passed, Result::finding)
                .containsExactly(false, "No current approved assessment: Support chatbot.");
        assertThat(aiImpact.facts(project.id())).containsExactly(
                "Support chatbot (AI provider): no approved impact assessment yet.");

        completeAs(RISK_OWNER, assessmentTask(chatbot, "Task_AssessAiSystemImpact"), "affectedGroups", "Customers",
                "fundamentalRights", "Consumer protection", "societalImpact", "Small", "mitigations",
                "Hand-over to a person", "impactLevel", "low");
        completeAs(AI_LEAD, assessmentTask(chatbot, "Task_ApproveAiImpactAssessment"),
                "approveAiImpactAssessmentDecision", "approve");

        assertThat(readiness.check(project.id())).extracting(Result::passed).containsExactly(true, true, true);
        assertThat(aiImpact.facts(project.id())).containsExactly("Support chatbot (AI provider): low impact, approved "
                + day(EngineClock.today()) + " by Aiden Ito; next assessment by " + day(EngineClock.today().plusYears(1))
                + ".");
    }

    @Test
    void a_27001_project_reports_no_ai_impact_and_checks_no_ai_systems() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        assertThat(aiImpact.facts(project.id())).isEmpty();
        assertThat(readiness.check(project.id())).hasSize(2);
    }

    private Task assessmentTask(AiSystem system, String taskDefinitionKey) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(AiImpactVariables.PROCESS)
                .variableValueEquals(AiImpactVariables.AI_SYSTEM_ID, system.id()).singleResult().getId();
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskDefinitionKey)
                .singleResult();
    }
}
