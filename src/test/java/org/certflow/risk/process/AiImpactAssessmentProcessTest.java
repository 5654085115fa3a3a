package org.certflow.risk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.risk.AiImpactAssessment;
import org.certflow.risk.AiImpactAssessments;
import org.certflow.risk.AiImpactLevel;
import org.certflow.risk.AiSystem;
import org.certflow.risk.AiSystemInput;
import org.certflow.risk.AiSystemRole;
import org.certflow.risk.RiskTestSupport;
import org.certflow.security.Role;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SpringTest
class AiImpactAssessmentProcessTest extends RiskTestSupport {

    @Autowired
    AiImpactAssessments assessments;
    @Autowired
    Decisions decisions;

    @Test
    void listing_an_ai_system_starts_its_impact_assessment_for_the_risk_owners() {
        Project project = newProject(StandardsScope.BOTH);

        AiSystem chatbot = listChatbot(project);

        assertThat(assessmentOf(chatbot)).isWaitingAt("Task_AssessAiSystemImpact");
        Task assessment = task(chatbot, "Task_AssessAiSystemImpact");
        assertThat(assessment).hasCandidateGroup(groupOf(project, Role.RISK_OWNER))
                .hasName("Assess AI system impact: Support chatbot");
        assertThat(LocalDate.ofInstant(assessment.getDueDate().toInstant(), ZoneId.systemDefault()))
                .isEqualTo(EngineClock.today().plusDays(30));
    }

    @Test
    void the_ai_governance_lead_approves_the_assessment_and_the_system_is_assessed_again_a_year_later() {
        freezeClock();
        Project project = newProject(StandardsScope.BOTH);
        AiSystem chatbot = listChatbot(project);
        completeAs(RISK_OWNER, task(chatbot, "Task_AssessAiSystemImpact"), assessment("moderate"));
        assertThat(task(chatbot, "Task_ApproveAiImpactAssessment"))
                .hasCandidateGroup(groupOf(project, Role.AI_GOVERNANCE_LEAD));

        completeAs(AI_LEAD, task(chatbot, "Task_ApproveAiImpactAssessment"),
                "approveAiImpactAssessmentDecision", "approve");

        AiImpactAssessment approved = assessments.latestApproved(chatbot.id()).orElseThrow();
        assertThat(approved.approvedBy()).isEqualTo(AI_LEAD);
        assertThat(approved.assessedBy()).isEqualTo(RISK_OWNER);
        assertThat(approved.impactLevel()).isEqualTo(AiImpactLevel.MODERATE);
        assertThat(approved.nextAssessment()).isEqualTo(EngineClock.today().plusYears(1));
        assertThat(decisions.of(project.id())).extracting(Decision::taskId, Decision::outcome, Decision::decidedBy)
                .containsExactly(tuple("Task_ApproveAiImpactAssessment", "approve", AI_LEAD));
        assertThat(assessmentOf(chatbot)).isWaitingAt("Timer_ReassessmentDue");

        fireAt(timerOf(AiImpactVariables.PROCESS, project.id()), startOf(approved.nextAssessment()));

        Task reassessment = task(chatbot, "Task_AssessAiSystemImpact");
        assertThat(reassessment).isNotNull();
        assertThat(tasks.getVariables(reassessment.getId())).as("opens with the last answers")
                .containsEntry("affectedGroups", "Customers asking for support, including vulnerable people");
    }

    @Test
    void an_assessment_sent_back_returns_to_the_assessor_and_stays_unapproved() {
        Project project = newProject(StandardsScope.BOTH);
        AiSystem chatbot = listChatbot(project);
        completeAs(RISK_OWNER, task(chatbot, "Task_AssessAiSystemImpact"), assessment("low"));

        completeAs(AI_LEAD, task(chatbot, "Task_ApproveAiImpactAssessment"),
                "approveAiImpactAssessmentDecision", "revise",
                "approveAiImpactAssessmentReason", "Low is optimistic for people in debt");

        assertThat(assessmentOf(chatbot)).isWaitingAt("Task_AssessAiSystemImpact");
        assertThat(assessments.of(chatbot.id())).singleElement().extracting(AiImpactAssessment::isApproved)
                .isEqualTo(false);
        assertThat(assessments.latestApproved(chatbot.id())).isEmpty();
    }

    @Test
    void an_assessment_without_its_mitigations_is_refused() {
        Project project = newProject(StandardsScope.BOTH);
        AiSystem chatbot = listChatbot(project);

        // the form requires the mitigations, so the engine's form check refuses before the assessment's own rules
        assertThatThrownBy(() -> completeAs(RISK_OWNER, task(chatbot, "Task_AssessAiSystemImpact"),
                assessment("high", " ")))
                .satisfies(e -> assertThat(CompletionRefusedException.in(e)).get()
                        .extracting(Throwable::getMessage).asString().contains("Mitigations"));
        assertThat(assessmentOf(chatbot)).isWaitingAt("Task_AssessAiSystemImpact");
    }

    @Test
    void retiring_the_ai_system_ends_its_assessments() {
        Project project = newProject(StandardsScope.BOTH);
        AiSystem chatbot = listChatbot(project);
        ProcessInstance assessment = assessmentOf(chatbot);

        aiSystems.retire(chatbot.id(), AI_LEAD);

        assertThat(assessment).isEnded().hasPassed("EndEvent_AssessmentsEnded");
        assertThat(aiSystems.get(chatbot.id()).isRetired()).isTrue();
    }

    @Test
    void retiring_the_ai_system_while_it_waits_for_its_reassessment_ends_its_assessments() {
        Project project = newProject(StandardsScope.BOTH);
        AiSystem chatbot = listChatbot(project);
        completeAs(RISK_OWNER, task(chatbot, "Task_AssessAiSystemImpact"), assessment("low"));
        completeAs(AI_LEAD, task(chatbot, "Task_ApproveAiImpactAssessment"),
                "approveAiImpactAssessmentDecision", "approve");
        ProcessInstance assessment = assessmentOf(chatbot);
        assertThat(assessment).isWaitingAt("Timer_ReassessmentDue");

        aiSystems.retire(chatbot.id(), PROJECT_MANAGER);

        assertThat(assessment).isEnded().hasPassed("EndEvent_AssessmentsEnded");
        assertThat(management.createJobQuery().processInstanceId(assessment.getId()).count())
                .as("no re-assessment waits").isZero();
        assertThat(assessments.latestApproved(chatbot.id())).as("the approved assessment stays on record")
                .isPresent();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private AiSystem listChatbot(Project project) {
        return aiSystems.add(project.id(), new AiSystemInput("Support chatbot",
                "Answers customers' questions about their orders", AiSystemRole.PROVIDER), AI_LEAD);
    }

    private ProcessInstance assessmentOf(AiSystem system) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AiImpactVariables.PROCESS)
                .variableValueEquals(AiImpactVariables.AI_SYSTEM_ID, system.id()).singleResult();
    }

    private Task task(AiSystem system, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(assessmentOf(system).getId())
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    private static Object[] assessment(String impactLevel) {
        return assessment(impactLevel, "Hand-over to a person on request; answers cite the order record");
    }

    private static Object[] assessment(String impactLevel, String mitigations) {
        return new Object[] {"affectedGroups", "Customers asking for support, including vulnerable people",
                "fundamentalRights", "Non-discrimination, consumer protection", "societalImpact",
                "Fewer support jobs; trust in automated advice", "mitigations", mitigations, "impactLevel", impactLevel};
    }
}
