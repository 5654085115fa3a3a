package org.certflow.project.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.project.ImplementationStatus;
import org.certflow.project.Phase;
import org.certflow.project.Project;
import org.certflow.project.SoaLine;
import org.certflow.project.StandardsScope;
import org.certflow.risk.AiSystemInput;
import org.certflow.risk.AiSystemRole;
import org.certflow.risk.AiSystems;
import org.certflow.risk.Risk;
import org.certflow.risk.RiskInput;
import org.certflow.risk.RiskRegister;
import org.certflow.risk.RiskThreat;
import org.certflow.risk.RiskTreatment;
import org.certflow.security.Role;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.ReadyForStageOne;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SpringTest
class ControlImplementationProcessTest extends ProcessTestSupport {

    private static final String AI_POLICY = "ISO42001:A.2.2";
    private static final String IMPACT_ASSESSMENT = "ISO42001:A.5.2";

    @Autowired
    Decisions decisions;
    @Autowired
    ReadyForStageOne ready;
    @Autowired
    RiskRegister riskRegister;
    @Autowired
    AiSystems aiSystems;

    @Test
    void every_applicable_control_gets_an_implementation_task_for_its_owner() {
        Project project = projectWithApplicableControls();

        ProcessInstance phase = startPhase(Phase.CONTROL_IMPLEMENTATION, project);

        assertThat(implementationTask(phase, AI_POLICY)).isAssignedTo(CONTROL_OWNER)
                .hasDueDate(plannedDue(project, Phase.CONTROL_IMPLEMENTATION));
        assertThat(implementationTask(phase, IMPACT_ASSESSMENT)).isAssignedTo(OTHER_CONTROL_OWNER);
        assertThat(tasks.createTaskQuery().processInstanceId(phase.getId()).taskDefinitionKey("Task_ImplementControl")
                .count()).isEqualTo(2);
        assertThat(projects.get(project.id()).phase(Phase.CONTROL_IMPLEMENTATION).actualStart()).isNotNull();
    }

    @Test
    void risks_and_ai_impact_are_assessed_beside_the_controls_with_42001() {
        Project project = projectWithApplicableControls();

        ProcessInstance phase = startPhase(Phase.CONTROL_IMPLEMENTATION, project);

        assertThat(phase).isWaitingAt("Task_ImplementControl", "Task_AssessRisks", "Task_AssessAiImpact");
        assertThat(task(phase, "Task_AssessRisks")).hasCandidateGroup(groupOf(project, Role.RISK_OWNER))
                .hasDueDate(plannedDue(project, Phase.CONTROL_IMPLEMENTATION));
        assertThat(task(phase, "Task_AssessAiImpact")).hasCandidateGroup(groupOf(project, Role.AI_GOVERNANCE_LEAD));
    }

    @Test
    void without_42001_no_ai_impact_assessment_is_asked_for() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        decideApplicability(project, List.of("ISO27001:5.15"), CONTROL_OWNER);

        ProcessInstance phase = startPhase(Phase.CONTROL_IMPLEMENTATION, project);

        assertThat(phase).isWaitingAt("Task_ImplementControl", "Task_AssessRisks")
                .isNotWaitingAt("Task_AssessAiImpact");
    }

    @Test
    void the_risk_assessment_completes_only_once_the_register_says_it_is_done() {
        Project project = projectWithApplicableControls();
        ProcessInstance phase = startPhase(Phase.CONTROL_IMPLEMENTATION, project);

        assertThat(refusal(RISK_OWNER, phase, "Task_AssessRisks")).isEqualTo("The risk assessment is not done yet. "
                + "The risk register is empty: identify the risks of the scope in it.");
        Risk leak = riskRegister.add(project.id(), new RiskInput("Customer data disclosed", "Customer database",
                RiskThreat.CONFIDENTIALITY, 3, 4, 3, 4, RISK_OWNER, RiskTreatment.MITIGATE, "Encryption at rest",
                Set.of(AI_POLICY), EngineClock.today().plusMonths(1)), PROJECT_MANAGER);
        assertThat(refusal(RISK_OWNER, phase, "Task_AssessRisks")).isEqualTo("The risk assessment is not done yet. "
                + "Treatment plan not yet approved by the risk's owner in a review: Customer data disclosed. "
                + "Residual risk above the appetite (6) not accepted by an executive: Customer data disclosed.");
        Task review = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(project.id()))
                .taskDefinitionKey("Task_ReviewRisk").singleResult();
        completeAs(RISK_OWNER, review, values("likelihood", 3L, "impact", 4L, "residualLikelihood", 3L,
                "residualImpact", 4L, "treatment", "mitigate", "treatmentPlan", "Encryption at rest"));
        completeAs(RISK_OWNER, projectTask(project, "Task_ApproveTreatmentPlan"),
                values("approveTreatmentPlanDecision", "approve"));
        assertThat(refusal(RISK_OWNER, phase, "Task_AssessRisks")).isEqualTo("The risk assessment is not done yet. "
                + "Residual risk above the appetite (6) not accepted by an executive: Customer data disclosed.");
        completeAs(EXECUTIVE, projectTask(project, "Task_AcceptResidualRisk"), values("acceptResidualRiskDecision",
                "approve", "acceptedUntil", EngineClock.today().plusMonths(6).toString()));

        completeAs(RISK_OWNER, phase, "Task_AssessRisks");

        assertThat(phase).isNotWaitingAt("Task_AssessRisks");
        assertThat(runtime.getVariable(phase.getId(), "riskRegisterReference")).isEqualTo("Risk register in "
                + "CertFlow: 1 risk, 1, accepted by an executive, above the risk appetite of 6");
        assertThat(runtime.getVariable(phase.getId(), "treatmentPlanReference")).isEqualTo("Treatment plans in the "
                + "CertFlow risk register, each approved by the risk's owner");
        assertThat(riskRegister.get(leak.id()).acceptedBy()).isEqualTo(EXECUTIVE);
    }

    @Test
    void the_ai_impact_assessment_completes_only_once_every_ai_system_has_an_approved_one() {
        Project project = projectWithApplicableControls();
        ProcessInstance phase = startPhase(Phase.CONTROL_IMPLEMENTATION, project);

        assertThat(refusal(AI_LEAD, phase, "Task_AssessAiImpact")).isEqualTo("The AI system impact assessment is "
                + "not done yet. No AI systems are listed: list the AI systems in the scope on the risk pages.");
        aiSystems.add(project.id(), new AiSystemInput("Support chatbot", "Answers customers' questions",
                AiSystemRole.PROVIDER), AI_LEAD);
        assertThat(refusal(AI_LEAD, phase, "Task_AssessAiImpact")).isEqualTo("The AI system impact assessment is "
                + "not done yet. No current approved impact assessment: Support chatbot.");
        completeAs(RISK_OWNER, projectTask(project, "Task_AssessAiSystemImpact"), values("affectedGroups",
                "Customers", "fundamentalRights", "Consumer protection", "societalImpact", "Small", "mitigations",
                "Hand-over to a person", "impactLevel", "low"));
        assertThat(refusal(AI_LEAD, phase, "Task_AssessAiImpact")).as("drafted, not approved")
                .endsWith("No current approved impact assessment: Support chatbot.");
        completeAs(AI_LEAD, projectTask(project, "Task_ApproveAiImpactAssessment"),
                values("approveAiImpactAssessmentDecision", "approve"));

        completeAs(AI_LEAD, phase, "Task_AssessAiImpact");

        assertThat(phase).isNotWaitingAt("Task_AssessAiImpact");
        assertThat(runtime.getVariable(phase.getId(), "aiImpactAssessmentReference")).isEqualTo("Impact "
                + "assessments of 1 AI system in CertFlow, each approved by the AI governance lead");
    }

    @Test
    void submitted_implementation_is_in_review_and_accepted_one_is_implemented() {
        Project project = projectWithApplicableControls();
        ProcessInstance phase = startPhase(Phase.CONTROL_IMPLEMENTATION, project);

        implement(phase, AI_POLICY, CONTROL_OWNER, "Policy published on the intranet");

        SoaLine inReview = soa.line(project.id(), AI_POLICY);
        assertThat(inReview.status()).isEqualTo(ImplementationStatus.IN_REVIEW);
        assertThat(inReview.implementationNotes()).isEqualTo("Policy published on the intranet");
        assertThat(inReview.evidence()).isEqualTo("DMS-42");
        Task review = reviewTask(phase, AI_POLICY);
        assertThat(review).hasCandidateGroup(groupOf(project, Role.PROJECT_MANAGER));

        completeAs(PROJECT_MANAGER, review, values("reviewControlImplementationDecision", "approve"));

        assertThat(soa.line(project.id(), AI_POLICY).status()).isEqualTo(ImplementationStatus.IMPLEMENTED);
        assertThat(decisions.of(project.id())).singleElement().extracting(Decision::subject)
                .isEqualTo("Review control implementation: ISO 42001 A.2.2 AI policy");
    }

    @Test
    void returned_implementation_goes_back_to_its_owner_with_the_reason() {
        Project project = projectWithApplicableControls();
        ProcessInstance phase = startPhase(Phase.CONTROL_IMPLEMENTATION, project);
        implement(phase, AI_POLICY, CONTROL_OWNER, "Draft policy");

        completeAs(PROJECT_MANAGER, reviewTask(phase, AI_POLICY), values("reviewControlImplementationDecision",
                "sendBack", "reviewControlImplementationReason", "The policy is not published yet."));

        Task again = implementationTask(phase, AI_POLICY);
        assertThat(again).isAssignedTo(CONTROL_OWNER);
        assertThat(tasks.getVariable(again.getId(), "reviewControlImplementationReason"))
                .isEqualTo("The policy is not published yet.");
        assertThat(tasks.getVariable(again.getId(), "implementationNotes")).isEqualTo("Draft policy");
        assertThat(soa.line(project.id(), AI_POLICY).status()).isEqualTo(ImplementationStatus.NOT_STARTED);
        implement(phase, AI_POLICY, CONTROL_OWNER, "Policy published");
        assertThat(tasks.getVariable(reviewTask(phase, AI_POLICY).getId(), "reviewControlImplementationDecision"))
                .isNull();
    }

    @Test
    void each_control_keeps_its_own_answers() {
        Project project = projectWithApplicableControls();
        ProcessInstance phase = startPhase(Phase.CONTROL_IMPLEMENTATION, project);

        implement(phase, AI_POLICY, CONTROL_OWNER, "Policy published");
        completeAs(PROJECT_MANAGER, reviewTask(phase, AI_POLICY), values("reviewControlImplementationDecision",
                "sendBack", "reviewControlImplementationReason", "Not signed."));

        Task other = implementationTask(phase, IMPACT_ASSESSMENT);
        assertThat(tasks.getVariable(other.getId(), "implementationNotes")).isNull();
        assertThat(tasks.getVariable(other.getId(), "reviewControlImplementationReason")).isNull();
        assertThat(runtime.getVariablesLocal(phase.getId())).doesNotContainKeys("implementationNotes",
                "evidenceReference", "reviewControlImplementationDecision", "reviewControlImplementationReason");
    }

    @Test
    void soa_is_finalised_once_controls_risks_and_ai_impact_are_done() {
        Project project = projectWithApplicableControls();
        ProcessInstance phase = startPhase(Phase.CONTROL_IMPLEMENTATION, project);

        implementAndAccept(phase, AI_POLICY, CONTROL_OWNER);
        ready.assessRisks(project);
        completeAs(RISK_OWNER, phase, "Task_AssessRisks");
        completeAs(AI_LEAD, phase, "Task_AssessAiImpact");
        assertThat(phase).isWaitingAt("Task_ImplementControl").isNotWaitingAt("Task_FinalizeStatementOfApplicability");
        implementAndAccept(phase, IMPACT_ASSESSMENT, OTHER_CONTROL_OWNER);

        assertThat(phase).isWaitingAt("Task_FinalizeStatementOfApplicability");
        assertThat(task(phase, "Task_FinalizeStatementOfApplicability"))
                .hasCandidateGroup(groupOf(project, Role.PROJECT_MANAGER));
        completeAs(PROJECT_MANAGER, phase, "Task_FinalizeStatementOfApplicability");
        assertThat(phase).isWaitingAt("Task_ApproveControlImplementation");
    }

    @Test
    void phase_sent_back_repeats_the_assessments_and_only_controls_not_yet_accepted() {
        Project project = projectWithApplicableControls();
        ProcessInstance phase = startPhase(Phase.CONTROL_IMPLEMENTATION, project);
        driveToGate(project, phase);
        SoaLine added = soa.line(project.id(), "ISO42001:A.6.2.8");
        soa.decide(added.id(), true, "Event logs turned out to be needed", CONTROL_OWNER);

        completeAs(PROJECT_MANAGER, phase, "Task_ApproveControlImplementation", "approveControlImplementationDecision",
                "sendBack", "approveControlImplementationReason", "Event logging is missing from the SoA.");

        assertThat(phase).isWaitingAt("Task_ImplementControl", "Task_AssessRisks", "Task_AssessAiImpact");
        assertThat(tasks.createTaskQuery().processInstanceId(phase.getId()).taskDefinitionKey("Task_ImplementControl")
                .list()).singleElement().satisfies(t -> assertThat(tasks.getVariable(t.getId(), "controlKey"))
                .isEqualTo("ISO42001:A.6.2.8"));
    }

    @Test
    void approved_phase_ends_and_records_its_end() {
        Project project = projectWithApplicableControls();
        ProcessInstance phase = startPhase(Phase.CONTROL_IMPLEMENTATION, project);
        driveToGate(project, phase);

        completeAs(PROJECT_MANAGER, phase, "Task_ApproveControlImplementation", "approveControlImplementationDecision",
                "approve");

        assertThat(phase).hasPassed("Task_RecordPhaseCompletion", "EndEvent_PhaseApproved").isEnded();
        assertThat(projects.get(project.id()).phase(Phase.CONTROL_IMPLEMENTATION).actualEnd()).isNotNull();
        assertThat(soa.summary(project.id()).values()).singleElement()
                .satisfies(s -> assertThat(s.implemented()).isEqualTo(2));
    }

    /** Why completing the task as this person was refused, after checking that it is still open. */
    private String refusal(String user, ProcessInstance phase, String taskKey) {
        Throwable refused = catchThrowable(() -> completeAs(user, phase, taskKey));
        assertThat(phase).isWaitingAt(taskKey);
        return CompletionRefusedException.in(refused).orElseThrow(() -> new AssertionError("not refused", refused))
                .getMessage();
    }

    private Task projectTask(Project project, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(project.id()))
                .taskDefinitionKey(taskKey).singleResult();
    }

    /** An ISO 42001 project (38 controls, quick to decide) with two applicable controls, one per owner. */
    private Project projectWithApplicableControls() {
        Project project = newProject(StandardsScope.ISO42001_ONLY);
        decideApplicability(project, List.of(AI_POLICY, IMPACT_ASSESSMENT), CONTROL_OWNER, OTHER_CONTROL_OWNER);
        return project;
    }

    private Task implementationTask(ProcessInstance phase, String controlKey) {
        return controlTask(phase, "Task_ImplementControl", controlKey);
    }

    private Task reviewTask(ProcessInstance phase, String controlKey) {
        return controlTask(phase, "Task_ReviewControlImplementation", controlKey);
    }

    private Task controlTask(ProcessInstance phase, String taskKey, String controlKey) {
        return tasks.createTaskQuery().processInstanceId(phase.getId()).taskDefinitionKey(taskKey).list().stream()
                .filter(t -> controlKey.equals(tasks.getVariable(t.getId(), "controlKey"))).findFirst()
                .orElseThrow(() -> new AssertionError("No " + taskKey + " for " + controlKey));
    }

    private void implement(ProcessInstance phase, String controlKey, String owner, String notes) {
        completeAs(owner, implementationTask(phase, controlKey),
                values("implementationNotes", notes, "evidenceReference", "DMS-42"));
    }

    private void implementAndAccept(ProcessInstance phase, String controlKey, String owner) {
        implement(phase, controlKey, owner, "Done");
        completeAs(PROJECT_MANAGER, reviewTask(phase, controlKey),
                values("reviewControlImplementationDecision", "approve"));
    }

    private void driveToGate(Project project, ProcessInstance phase) {
        implementAndAccept(phase, AI_POLICY, CONTROL_OWNER);
        implementAndAccept(phase, IMPACT_ASSESSMENT, OTHER_CONTROL_OWNER);
        ready.assessRisks(project);
        completeAs(RISK_OWNER, phase, "Task_AssessRisks");
        completeAs(AI_LEAD, phase, "Task_AssessAiImpact");
        completeAs(PROJECT_MANAGER, phase, "Task_FinalizeStatementOfApplicability");
    }
}
