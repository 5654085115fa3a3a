package org.certflow.project.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.certflow.catalog.Standard;
import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.project.Phase;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.security.Role;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SpringTest
class PolicyAndFrameworkProcessTest extends ProcessTestSupport {

    @Autowired
    Decisions decisions;

    @Test
    void both_policies_are_drafted_in_parallel_when_both_standards_are_in_scope() {
        Project project = newProject(StandardsScope.BOTH);

        ProcessInstance policy = startPhase(Phase.POLICY_AND_FRAMEWORK, project);

        assertThat(policy).isWaitingAt("Task_DraftSecurityPolicy", "Task_DraftAiPolicy");
        assertThat(task(policy, "Task_DraftSecurityPolicy")).hasCandidateGroup(groupOf(project, Role.PROJECT_MANAGER))
                .hasDueDate(plannedDue(project, Phase.POLICY_AND_FRAMEWORK));
        assertThat(task(policy, "Task_DraftAiPolicy")).hasCandidateGroup(groupOf(project, Role.AI_GOVERNANCE_LEAD));
        assertThat(projects.get(project.id()).phase(Phase.POLICY_AND_FRAMEWORK).actualStart()).isNotNull();
    }

    @Test
    void each_policy_goes_to_an_executive_and_the_framework_waits_for_both_approvals() {
        Project project = newProject(StandardsScope.BOTH);
        ProcessInstance policy = startPhase(Phase.POLICY_AND_FRAMEWORK, project);

        completeAs(PROJECT_MANAGER, policy, "Task_DraftSecurityPolicy");
        completeAs(AI_LEAD, policy, "Task_DraftAiPolicy");
        assertThat(task(policy, "Task_ApproveSecurityPolicy")).hasCandidateGroup(groupOf(project, Role.EXECUTIVE));
        assertThat(task(policy, "Task_ApproveAiPolicy")).hasCandidateGroup(groupOf(project, Role.EXECUTIVE))
                .hasDueDate(plannedDue(project, Phase.POLICY_AND_FRAMEWORK));

        completeAs(EXECUTIVE, policy, "Task_ApproveSecurityPolicy", "approveSecurityPolicyDecision", "approve");
        assertThat(policy).isWaitingAt("Task_ApproveAiPolicy").isNotWaitingAt("Task_DefineRiskAssessmentMethod");
        completeAs(EXECUTIVE, policy, "Task_ApproveAiPolicy", "approveAiPolicyDecision", "approve");

        assertThat(policy).isWaitingAt("Task_DefineRiskAssessmentMethod");
        assertThat(task(policy, "Task_DefineRiskAssessmentMethod"))
                .hasCandidateGroup(groupOf(project, Role.RISK_OWNER));
    }

    @Test
    void rejected_ai_policy_returns_to_its_author_and_the_rejection_is_recorded() {
        Project project = newProject(StandardsScope.ISO42001_ONLY);
        ProcessInstance policy = startPhase(Phase.POLICY_AND_FRAMEWORK, project);
        assertThat(policy).isWaitingAt("Task_DraftAiPolicy").isNotWaitingAt("Task_DraftSecurityPolicy");
        completeAs(AI_LEAD, policy, "Task_DraftAiPolicy");

        completeAs(EXECUTIVE, policy, "Task_ApproveAiPolicy", "approveAiPolicyDecision", "reject",
                "approveAiPolicyReason", "Human oversight of the chatbot is missing.");

        assertThat(policy).isWaitingAt("Task_DraftAiPolicy");
        assertThat(decisions.of(project.id())).singleElement()
                .extracting(Decision::taskId, Decision::outcome, Decision::reason, Decision::decidedBy)
                .containsExactly("Task_ApproveAiPolicy", "reject", "Human oversight of the chatbot is missing.",
                        EXECUTIVE);
    }

    @Test
    void rejected_security_policy_returns_to_its_author() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        ProcessInstance policy = securityPolicyDrafted(project);

        completeAs(EXECUTIVE, policy, "Task_ApproveSecurityPolicy", "approveSecurityPolicyDecision", "reject",
                "approveSecurityPolicyReason", "No objectives yet.");

        assertThat(policy).isWaitingAt("Task_DraftSecurityPolicy");
        completeAs(PROJECT_MANAGER, policy, "Task_DraftSecurityPolicy");
        completeAs(EXECUTIVE, policy, "Task_ApproveSecurityPolicy", "approveSecurityPolicyDecision", "approve");
        assertThat(policy).isWaitingAt("Task_DefineRiskAssessmentMethod");
    }

    @Test
    void approval_records_who_decided_and_when() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        ProcessInstance policy = securityPolicyDrafted(project);
        Instant decidedAt = Instant.parse("2027-02-01T08:15:00Z");
        ClockUtil.setCurrentTime(Date.from(decidedAt));

        completeAs(EXECUTIVE, policy, "Task_ApproveSecurityPolicy", "approveSecurityPolicyDecision", "approve");

        assertThat(decisions.of(project.id())).singleElement().satisfies(decision -> {
            assertThat(decision.subject()).isEqualTo("Approve information security policy");
            assertThat(decision.outcome()).isEqualTo("approve");
            assertThat(decision.decidedBy()).isEqualTo(EXECUTIVE);
            assertThat(decision.decidedAt()).isEqualTo(decidedAt);
        });
    }

    @Test
    void without_a_signed_in_user_the_assignee_is_recorded_as_the_one_who_decided() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        ProcessInstance policy = securityPolicyDrafted(project);
        Task approval = task(policy, "Task_ApproveSecurityPolicy");
        tasks.setAssignee(approval.getId(), EXECUTIVE);

        tasks.complete(approval.getId(), Map.of("approveSecurityPolicyDecision", "approve"));

        assertThat(decisions.of(project.id())).singleElement().extracting(Decision::decidedBy).isEqualTo(EXECUTIVE);
    }

    @Test
    void a_decision_nobody_can_be_named_for_is_refused() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        ProcessInstance policy = securityPolicyDrafted(project);
        Task approval = task(policy, "Task_ApproveSecurityPolicy");

        assertThatThrownBy(() -> tasks.complete(approval.getId(), Map.of("approveSecurityPolicyDecision", "approve")))
                .hasRootCauseInstanceOf(CompletionRefusedException.class).rootCause()
                .hasMessageContaining("recorded with the name of the person");

        assertStillWaitingForTheApproval(project, policy);
    }

    @Test
    void an_approval_without_a_decision_is_refused_by_its_form_before_the_decision_recorder_sees_it() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        ProcessInstance policy = securityPolicyDrafted(project);

        // the decision recorder would refuse too, with its own message: the form's message shows who came first
        assertThatThrownBy(() -> completeAs(EXECUTIVE, policy, "Task_ApproveSecurityPolicy"))
                .hasRootCauseInstanceOf(CompletionRefusedException.class).rootCause()
                .hasMessage("Please correct: Decision: please choose one.");
        assertStillWaitingForTheApproval(project, policy);
    }

    @Test
    void the_decision_of_an_earlier_round_does_not_decide_the_next_one() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        ProcessInstance policy = securityPolicyDrafted(project);
        completeAs(EXECUTIVE, policy, "Task_ApproveSecurityPolicy", "approveSecurityPolicyDecision", "reject",
                "approveSecurityPolicyReason", "No objectives yet.");
        completeAs(PROJECT_MANAGER, policy, "Task_DraftSecurityPolicy");

        assertThat(runtime.getVariable(policy.getId(), "approveSecurityPolicyDecision")).isNull();
        assertThatThrownBy(() -> completeAs(EXECUTIVE, policy, "Task_ApproveSecurityPolicy"))
                .hasRootCauseInstanceOf(CompletionRefusedException.class);
        assertThatThrownBy(() -> completeAs(EXECUTIVE, policy, "Task_ApproveSecurityPolicy",
                "approveSecurityPolicyDecision", "reject"))
                .rootCause().hasMessageStartingWith("Give a reason");
    }

    @Test
    void with_42001_the_ai_impact_assessment_method_follows_the_risk_method() {
        Project project = newProject(StandardsScope.ISO42001_ONLY);
        ProcessInstance policy = policiesApproved(project);

        completeAs(RISK_OWNER, policy, "Task_DefineRiskAssessmentMethod");

        assertThat(policy).isWaitingAt("Task_DefineAiImpactAssessmentMethod");
        assertThat(task(policy, "Task_DefineAiImpactAssessmentMethod"))
                .hasCandidateGroup(groupOf(project, Role.AI_GOVERNANCE_LEAD));
        completeAs(AI_LEAD, policy, "Task_DefineAiImpactAssessmentMethod");
        assertThat(policy).isWaitingAt("Task_DefineRolesAndResponsibilities");
    }

    @Test
    void without_42001_roles_and_responsibilities_follow_the_risk_method() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        ProcessInstance policy = policiesApproved(project);

        completeAs(RISK_OWNER, policy, "Task_DefineRiskAssessmentMethod");

        assertThat(policy).isWaitingAt("Task_DefineRolesAndResponsibilities");
        assertThat(task(policy, "Task_DefineRolesAndResponsibilities"))
                .hasCandidateGroup(groupOf(project, Role.PROJECT_MANAGER));
    }

    @Test
    void phase_sent_back_at_the_gate_starts_over_with_the_policies() {
        Project project = newProject(StandardsScope.BOTH);
        ProcessInstance policy = atTheGate(project);

        completeAs(PROJECT_MANAGER, policy, "Task_ApprovePolicyAndFramework", "approvePolicyAndFrameworkDecision",
                "sendBack", "approvePolicyAndFrameworkReason", "The risk appetite contradicts the AI policy.");

        assertThat(policy).isWaitingAt("Task_DraftSecurityPolicy", "Task_DraftAiPolicy");
        assertThat(projects.get(project.id()).phase(Phase.POLICY_AND_FRAMEWORK).actualEnd()).isNull();
    }

    @Test
    void approved_phase_ends_and_records_its_end() {
        Project project = newProject(StandardsScope.BOTH);
        ProcessInstance policy = atTheGate(project);
        assertThat(task(policy, "Task_ApprovePolicyAndFramework"))
                .hasCandidateGroup(groupOf(project, Role.PROJECT_MANAGER))
                .hasDueDate(plannedDue(project, Phase.POLICY_AND_FRAMEWORK));

        completeAs(PROJECT_MANAGER, policy, "Task_ApprovePolicyAndFramework", "approvePolicyAndFrameworkDecision",
                "approve");

        assertThat(policy).hasPassed("Task_RecordPhaseCompletion", "EndEvent_PhaseApproved").isEnded();
        assertThat(projects.get(project.id()).phase(Phase.POLICY_AND_FRAMEWORK).actualEnd()).isNotNull();
        assertThat(decisions.of(project.id())).extracting(Decision::taskId).containsExactly(
                "Task_ApproveSecurityPolicy", "Task_ApproveAiPolicy", "Task_ApprovePolicyAndFramework");
    }

    /** The phase started, the security policy drafted: the executive's approval waits. */
    private ProcessInstance securityPolicyDrafted(Project project) {
        ProcessInstance policy = startPhase(Phase.POLICY_AND_FRAMEWORK, project);
        completeAs(PROJECT_MANAGER, policy, "Task_DraftSecurityPolicy");
        return policy;
    }

    /** A refused approval leaves the task waiting and records no decision. */
    private void assertStillWaitingForTheApproval(Project project, ProcessInstance policy) {
        assertThat(policy).isWaitingAt("Task_ApproveSecurityPolicy");
        assertThat(decisions.of(project.id())).isEmpty();
    }

    /** The phase started and each policy of the project's standards drafted and approved. */
    private ProcessInstance policiesApproved(Project project) {
        ProcessInstance policy = startPhase(Phase.POLICY_AND_FRAMEWORK, project);
        if (project.standards().includes(Standard.ISO27001)) {
            completeAs(PROJECT_MANAGER, policy, "Task_DraftSecurityPolicy");
            completeAs(EXECUTIVE, policy, "Task_ApproveSecurityPolicy", "approveSecurityPolicyDecision", "approve");
        }
        if (project.standards().includes(Standard.ISO42001)) {
            completeAs(AI_LEAD, policy, "Task_DraftAiPolicy");
            completeAs(EXECUTIVE, policy, "Task_ApproveAiPolicy", "approveAiPolicyDecision", "approve");
        }
        return policy;
    }

    /** Policies approved and the framework defined (for both standards): the phase's gate waits. */
    private ProcessInstance atTheGate(Project project) {
        ProcessInstance policy = policiesApproved(project);
        completeAs(RISK_OWNER, policy, "Task_DefineRiskAssessmentMethod");
        completeAs(AI_LEAD, policy, "Task_DefineAiImpactAssessmentMethod");
        completeAs(PROJECT_MANAGER, policy, "Task_DefineRolesAndResponsibilities");
        return policy;
    }
}
