package org.certflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The figures of the control implementation phase's risk tasks, computed from the register and the AI systems. */
@SpringTest
class RiskAssessmentProgressTest extends RiskTestSupport {

    @Autowired
    RiskAssessmentProgress progress;

    @Test
    void an_owners_approval_holds_for_the_plan_they_approved_and_lapses_when_the_register_changes_it() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        add(project, risk("Payment outage", "Payment gateway", 2, 4, 1, 4, OTHER_RISK_OWNER));
        assertThat(progress.risks(project.id()).plansApproved()).isZero();

        reviews.startOnDemand(project.id(), List.of(leak.id()), PROJECT_MANAGER).orElseThrow();
        completeAs(RISK_OWNER, taskFor("Task_ReviewRisk", leak), review(3, 4, 2, 3));
        assertThat(progress.risks(project.id()).plansApproved()).as("rated, not yet approved").isZero();
        completeAs(RISK_OWNER, taskFor("Task_ApproveTreatmentPlan", leak), "approveTreatmentPlanDecision", "approve");

        RiskAssessmentFigures approved = progress.risks(project.id());
        assertThat(approved).extracting(RiskAssessmentFigures::risks, RiskAssessmentFigures::plansApproved,
                RiskAssessmentFigures::aboveAppetite, RiskAssessmentFigures::accepted).containsExactly(2, 1, 0, 0);
        assertThat(approved.openPoints()).containsExactly("Treatment plan not yet approved by the risk's owner in a "
                + "review: Payment outage.");

        Risk reviewed = register.get(leak.id());
        register.change(leak.id(), reviewed.version(), RiskInput.of(reviewed), PROJECT_MANAGER);
        assertThat(progress.risks(project.id()).plansApproved()).as("changed since").isZero();
    }

    @Test
    void retired_ai_systems_need_no_assessment() {
        Project project = newProject(StandardsScope.BOTH);
        AiSystem chatbot = aiSystems.add(project.id(), new AiSystemInput("Support chatbot", "Answers customers",
                AiSystemRole.PROVIDER), AI_LEAD);
        assertThat(progress.aiImpact(project.id())).extracting(AiImpactFigures::systems, AiImpactFigures::assessed,
                AiImpactFigures::isDone).containsExactly(1, 0, false);

        aiSystems.retire(chatbot.id(), AI_LEAD);

        assertThat(progress.aiImpact(project.id()).openPoints()).containsExactly("No AI systems are listed: list the "
                + "AI systems in the scope on the risk pages.");
    }
}
