package org.certflow.project.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.project.Phase;
import org.certflow.project.Project;
import org.certflow.project.ProjectStatus;
import org.certflow.project.StandardsScope;
import org.certflow.security.Role;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SpringTest
class AuditAndCertificationProcessTest extends ProcessTestSupport {

    @Autowired
    Decisions decisions;

    private Project project;
    private ProcessInstance audit;

    @BeforeEach
    void startAuditPhase() {
        project = newProject(StandardsScope.ISO27001_ONLY);
        audit = startPhase(Phase.AUDIT_AND_CERTIFICATION, project);
    }

    @Test
    void phase_starts_with_the_internal_audit() {
        assertThat(audit).isWaitingAt("Task_ConductInternalAudit");
        assertThat(task(audit, "Task_ConductInternalAudit")).hasCandidateGroup(groupOf(project, Role.INTERNAL_AUDITOR))
                .hasDueDate(plannedDue(project, Phase.AUDIT_AND_CERTIFICATION));
        assertThat(projects.get(project.id()).phase(Phase.AUDIT_AND_CERTIFICATION).actualStart()).isNotNull();
    }

    @Test
    void internal_audit_without_nonconformities_goes_to_the_management_review() {
        completeInternalAudit(0, 0);

        assertThat(audit).isWaitingAt("Task_PrepareManagementReview");
        assertThat(task(audit, "Task_PrepareManagementReview"))
                .hasCandidateGroup(groupOf(project, Role.PROJECT_MANAGER));
    }

    @Test
    void nonconformities_are_corrected_until_the_auditor_finds_the_actions_effective() {
        completeInternalAudit(0, 2);
        assertThat(task(audit, "Task_TakeCorrectiveActions")).hasCandidateGroup(groupOf(project, Role.CONTROL_OWNER));
        completeAs(CONTROL_OWNER, audit, "Task_TakeCorrectiveActions");
        assertThat(task(audit, "Task_VerifyCorrectiveActions"))
                .hasCandidateGroup(groupOf(project, Role.INTERNAL_AUDITOR));

        completeAs(AUDITOR, audit, "Task_VerifyCorrectiveActions", "verifyCorrectiveActionsDecision", "reject",
                "verifyCorrectiveActionsReason", "Access reviews still not documented.");
        assertThat(audit).isWaitingAt("Task_TakeCorrectiveActions");

        completeAs(CONTROL_OWNER, audit, "Task_TakeCorrectiveActions");
        completeAs(AUDITOR, audit, "Task_VerifyCorrectiveActions", "verifyCorrectiveActionsDecision", "approve");
        assertThat(audit).isWaitingAt("Task_PrepareManagementReview");
        assertThat(decisions.of(project.id())).extracting(Decision::outcome).containsExactly("reject", "approve");
    }

    @Test
    void management_review_sent_back_returns_to_the_project_manager() {
        completeInternalAudit(0, 0);
        completeAs(PROJECT_MANAGER, audit, "Task_PrepareManagementReview");
        assertThat(task(audit, "Task_DecideManagementReview")).hasCandidateGroup(groupOf(project, Role.EXECUTIVE));

        completeAs(EXECUTIVE, audit, "Task_DecideManagementReview", "decideManagementReviewDecision", "sendBack",
                "decideManagementReviewReason", "Supplier feedback is missing.");

        assertThat(audit).isWaitingAt("Task_PrepareManagementReview");
    }

    @Test
    void approved_management_review_decisions_are_recorded_and_lead_to_stage_1() {
        completeInternalAudit(0, 0);
        completeAs(PROJECT_MANAGER, audit, "Task_PrepareManagementReview");

        completeAs(EXECUTIVE, audit, "Task_DecideManagementReview", "decideManagementReviewDecision", "approve",
                "improvementDecisions", "Automate access reviews", "managementSystemChanges", "None",
                "resourceDecisions", "One more security engineer");

        assertThat(audit).isWaitingAt("Task_RecordStage1Outcome");
        assertThat(decisions.of(project.id())).singleElement()
                .extracting(Decision::taskId, Decision::subject, Decision::decidedBy)
                .containsExactly("Task_DecideManagementReview", "Take management review decisions", EXECUTIVE);
    }

    @Test
    void stage_1_findings_are_addressed_before_stage_1_is_recorded_again() {
        driveToStage1();

        completeAs(PROJECT_MANAGER, audit, "Task_RecordStage1Outcome", "stage1Outcome", "findingsToAddress");
        assertThat(audit).isWaitingAt("Task_AddressStage1Findings");
        completeAs(PROJECT_MANAGER, audit, "Task_AddressStage1Findings");
        assertThat(audit).isWaitingAt("Task_RecordStage1Outcome");

        completeAs(PROJECT_MANAGER, audit, "Task_RecordStage1Outcome", "stage1Outcome", "readyForStage2");
        assertThat(audit).isWaitingAt("Task_RecordStage2Outcome");
    }

    @Test
    void major_nonconformities_at_stage_2_are_corrected_and_stage_2_is_recorded_again() {
        driveToStage2();

        completeAs(PROJECT_MANAGER, audit, "Task_RecordStage2Outcome", "stage2Outcome", "majorNonconformities");

        assertThat(audit).isWaitingAt("Task_CorrectMajorNonconformities");
        assertThat(task(audit, "Task_CorrectMajorNonconformities"))
                .hasCandidateGroup(groupOf(project, Role.CONTROL_OWNER));
        completeAs(CONTROL_OWNER, audit, "Task_CorrectMajorNonconformities");
        assertThat(audit).isWaitingAt("Task_RecordStage2Outcome");
    }

    @Test
    void minor_nonconformities_with_an_accepted_plan_lead_to_the_certification_decision() {
        driveToStage2();

        completeAs(PROJECT_MANAGER, audit, "Task_RecordStage2Outcome", "stage2Outcome", "minorNonconformities");

        assertThat(audit).isWaitingAt("Task_RecordCertificationDecision");
    }

    @Test
    void certified_project_is_recorded_and_ends_certified_after_the_gate() {
        driveToCertificationDecision();

        completeAs(PROJECT_MANAGER, audit, "Task_RecordCertificationDecision", "certificationOutcome", "certified",
                "certificateNumber", " ISMS-2027-0042 ", "certificateIssueDate", "2027-06-01",
                "certificateExpiryDate", "2030-05-31");

        Project certified = projects.get(project.id());
        assertThat(certified.status()).isEqualTo(ProjectStatus.CERTIFIED);
        assertThat(certified.certificateNumber()).isEqualTo("ISMS-2027-0042");
        assertThat(audit).isWaitingAt("Task_ApproveAuditAndCertification");
        completeAs(PROJECT_MANAGER, audit, "Task_ApproveAuditAndCertification",
                "approveAuditAndCertificationDecision", "approve");
        assertThat(audit).hasPassed("Task_RecordPhaseCompletion", "EndEvent_Certified").isEnded();
        assertThat(projects.get(project.id()).phase(Phase.AUDIT_AND_CERTIFICATION).actualEnd()).isNotNull();
    }

    @Test
    void project_not_certified_ends_not_certified() {
        driveToCertificationDecision();

        completeAs(PROJECT_MANAGER, audit, "Task_RecordCertificationDecision", "certificationOutcome", "notCertified");
        completeAs(PROJECT_MANAGER, audit, "Task_ApproveAuditAndCertification",
                "approveAuditAndCertificationDecision", "approve");

        assertThat(projects.get(project.id()).status()).isEqualTo(ProjectStatus.NOT_CERTIFIED);
        assertThat(audit).hasPassed("EndEvent_NotCertified").hasNotPassed("EndEvent_Certified").isEnded();
    }

    @Test
    void certified_decision_without_the_certificate_details_is_refused() {
        driveToCertificationDecision();

        assertThatThrownBy(() -> completeAs(PROJECT_MANAGER, audit, "Task_RecordCertificationDecision",
                "certificationOutcome", "certified", "certificateNumber", "ISMS-1",
                "certificateIssueDate", "2027-06-01", "certificateExpiryDate", null))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessage("A certified project needs the certificate number, its issue date and its expiry date.");
        assertThatThrownBy(() -> completeAs(PROJECT_MANAGER, audit, "Task_RecordCertificationDecision",
                "certificationOutcome", "certified", "certificateNumber", "ISMS-1",
                "certificateIssueDate", "2027-06-01", "certificateExpiryDate", "2027-05-01"))
                .hasMessage("The certificate must expire after its issue date.");

        assertThat(audit).isWaitingAt("Task_RecordCertificationDecision");
        assertThat(projects.get(project.id()).status()).isEqualTo(ProjectStatus.ACTIVE);
    }

    @Test
    void phase_sent_back_at_the_gate_returns_to_the_certification_decision() {
        driveToCertificationDecision();
        completeAs(PROJECT_MANAGER, audit, "Task_RecordCertificationDecision", "certificationOutcome", "notCertified");

        completeAs(PROJECT_MANAGER, audit, "Task_ApproveAuditAndCertification", "approveAuditAndCertificationDecision",
                "sendBack", "approveAuditAndCertificationReason", "The certification body certified us after all.");

        assertThat(audit).isWaitingAt("Task_RecordCertificationDecision");
        assertThat(projects.get(project.id()).phase(Phase.AUDIT_AND_CERTIFICATION).actualEnd()).isNull();
    }

    private void completeInternalAudit(long major, long minor) {
        completeAs(AUDITOR, audit, "Task_ConductInternalAudit", "majorNonconformities", major,
                "minorNonconformities", minor);
    }

    private void driveToStage1() {
        completeInternalAudit(0, 0);
        completeAs(PROJECT_MANAGER, audit, "Task_PrepareManagementReview");
        completeAs(EXECUTIVE, audit, "Task_DecideManagementReview", "decideManagementReviewDecision", "approve");
    }

    private void driveToStage2() {
        driveToStage1();
        completeAs(PROJECT_MANAGER, audit, "Task_RecordStage1Outcome", "stage1Outcome", "readyForStage2");
    }

    private void driveToCertificationDecision() {
        driveToStage2();
        completeAs(PROJECT_MANAGER, audit, "Task_RecordStage2Outcome", "stage2Outcome", "recommended");
        assertThat(audit).isWaitingAt("Task_RecordCertificationDecision");
    }
}
