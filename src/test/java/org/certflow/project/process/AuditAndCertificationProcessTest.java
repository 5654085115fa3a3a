package org.certflow.project.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.certflow.audit.Audit;
import org.certflow.audit.AuditExecution;
import org.certflow.audit.AuditProgramme;
import org.certflow.audit.Finding;
import org.certflow.audit.FindingGrade;
import org.certflow.audit.NewFinding;
import org.certflow.certification.AuditStatus;
import org.certflow.certification.CertificationAudits;
import org.certflow.certification.Readiness;
import org.certflow.certification.ReadinessReport;
import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.project.Phase;
import org.certflow.project.Project;
import org.certflow.project.ProjectProgress;
import org.certflow.project.ProjectStatus;
import org.certflow.project.StandardsScope;
import org.certflow.review.ManagementReview;
import org.certflow.security.Role;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskItem;
import org.certflow.tasklist.TaskScope;
import org.certflow.tasklist.TaskSort;
import org.certflow.test_support.ReadyForStageOne;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit and certification phase with the processes it calls running for real: the internal audit, the
 * management review, the certification audit, then the gate.
 */
@SpringTest
class AuditAndCertificationProcessTest extends ProcessTestSupport {

    private static final String GATE = "Task_ApproveAuditAndCertification";

    @Autowired
    Decisions decisions;
    @Autowired
    ReadyForStageOne ready;
    @Autowired
    AuditProgramme programme;
    @Autowired
    AuditExecution execution;
    @Autowired
    Readiness readiness;
    @Autowired
    CertificationAudits certificationAudits;
    @Autowired
    HistoryService history;
    @Autowired
    ProjectProgress progress;

    private Project project;
    private ProcessInstance phase;
    private LocalDate today;

    @BeforeEach
    void startAuditPhase() {
        project = newProject(StandardsScope.ISO27001_ONLY);
        ready.decideStatementOfApplicability(project);
        today = EngineClock.today();
        phase = startPhase(Phase.AUDIT_AND_CERTIFICATION, project);
    }

    @Test
    void phase_starts_with_the_full_internal_audit_for_the_projects_auditor_in_two_weeks() {
        assertThat(phase).isWaitingAt("CallActivity_InternalAudit");
        Audit audit = theInternalAudit();
        assertThat(audit.auditor()).isEqualTo(AUDITOR);
        assertThat(audit.plannedDate()).isEqualTo(today.plusDays(AuditProgramme.LEAD_DAYS));
        assertThat(programme.scope(audit)).hasSize(30 + ReadyForStageOne.APPLICABLE_PER_STANDARD);
        ProcessInstance internalAudit = called("InternalAuditProcess");
        assertThat(internalAudit.getId()).isEqualTo(audit.processInstanceId());
        assertThat(internalAudit.getBusinessKey()).isEqualTo(project.id().toString());
        Task carryOut = task(internalAudit, "Task_CarryOutAudit");
        assertThat(carryOut).isAssignedTo(AUDITOR).hasDueDate(endOf(audit.plannedDate()));
        assertThat(carryOut.getName()).isEqualTo("Carry out internal audit: Full internal audit before Stage 1");
        assertThat(taskList.page(AUDITOR, TaskScope.MINE, TaskSort.DEFAULT, 0, 100))
                .filteredOn(item -> item.id().equals(carryOut.getId())).singleElement()
                .extracting(TaskItem::phase).as("the phase of the call").isEqualTo(Phase.AUDIT_AND_CERTIFICATION);
        assertThat(projects.get(project.id()).phase(Phase.AUDIT_AND_CERTIFICATION).actualStart()).isNotNull();
    }

    @Test
    void the_completed_internal_audit_opens_the_management_review_due_by_the_phase() {
        ready.carryOut(theInternalAudit());

        assertThat(phase).isWaitingAt("CallActivity_ManagementReview");
        ProcessInstance review = called("ManagementReviewProcess");
        assertThat(review.getBusinessKey()).isEqualTo(project.id().toString());
        assertThat(task(review, "Task_PrepareManagementReview"))
                .hasCandidateGroup(groupOf(project, Role.PROJECT_MANAGER))
                .hasDueDate(plannedDue(project, Phase.AUDIT_AND_CERTIFICATION));
    }

    @Test
    void the_tasks_of_the_processes_the_phase_calls_count_for_the_phase_on_the_project_page() {
        ready.carryOut(theInternalAudit());

        assertThat(progress.phases(projects.get(project.id()))).filteredOn(p -> p.plan().phase()
                == Phase.AUDIT_AND_CERTIFICATION).singleElement().extracting(ProjectProgress.PhaseProgress::tasks)
                .isEqualTo(new ProjectProgress.TaskCounts(1, 1, 0));
    }

    @Test
    void nonconformities_go_to_their_corrective_actions_while_the_phase_moves_on_to_the_review() {
        Audit audit = theInternalAudit();
        String requirement = "clause:7.5.3";
        Finding nonconformity = execution.recordFinding(audit.id(), new NewFinding(requirement,
                FindingGrade.MINOR_NONCONFORMITY, "Two procedures are not under version control.", CONTROL_OWNER,
                today.plusDays(30)), AUDITOR);

        ready.carryOut(audit);

        assertThat(phase).isWaitingAt("CallActivity_ManagementReview");
        ProcessInstance correctiveAction = runtime.createProcessInstanceQuery()
                .processInstanceId(nonconformity.processInstanceId()).singleResult();
        assertThat(correctiveAction).isWaitingAt("Task_AnalyseRootCause");
    }

    @Test
    void the_approved_management_review_hands_over_to_the_certification_audit() {
        ready.carryOut(theInternalAudit());

        ManagementReview review = ready.completeReview(project, called("ManagementReviewProcess").getId());

        assertThat(phase).isWaitingAt("CallActivity_CertificationAudit");
        assertThat(runtime.getVariable(phase.getId(), "managementReviewId")).isEqualTo(review.id());
        ProcessInstance certificationAudit = called("CertificationAuditProcess");
        assertThat(certificationAudit.getBusinessKey()).isEqualTo(project.id().toString());
        assertThat(certificationAudit).isWaitingAt("Task_ReviewReadiness");
        Date phaseDue = plannedDue(project, Phase.AUDIT_AND_CERTIFICATION);
        assertThat(runtime.getVariable(certificationAudit.getId(), "phaseDueDate")).isEqualTo(phaseDue);
        Date ownTime = endOf(today.plusDays(5));
        assertThat(task(certificationAudit, "Task_ReviewReadiness")).as("due by the phase where it comes first")
                .hasDueDate(phaseDue.before(ownTime) ? phaseDue : ownTime);
        assertThat(readiness.latest(project.id()).orElseThrow().results()).filteredOn(ReadinessReport.Line::passed)
                .extracting(ReadinessReport.Line::requirement)
                .contains("An internal audit is completed (clause 9.2)", "The internal audits cover clauses 4-10",
                        "The internal audits cover the applicable controls",
                        "Management review completed with decisions recorded (clause 9.3)");
    }

    @Test
    void a_certified_project_closes_the_phase_at_the_gate_and_ends_certified() {
        stage2(atCertificationAudit(), "recommended");
        complete(PROJECT_MANAGER, "Task_RecordCertificate", "certificateNumber", "ISMS-2027-0042",
                "certificateIssueDate", today.toString());

        assertThat(phase).isWaitingAt(GATE);
        assertThat(task(phase, GATE)).hasCandidateGroup(groupOf(project, Role.PROJECT_MANAGER))
                .hasDueDate(plannedDue(project, Phase.AUDIT_AND_CERTIFICATION));
        assertThat(runtime.getVariables(phase.getId())).containsEntry("certificationOutcome", "certified")
                .containsEntry("certificateNumber", "ISMS-2027-0042")
                .containsEntry("certificateExpiryDate", today.plusYears(3).toString());
        assertThat(projects.get(project.id()).status()).isEqualTo(ProjectStatus.CERTIFIED);

        completeAs(PROJECT_MANAGER, phase, GATE, "approveAuditAndCertificationDecision", "approve");

        assertThat(phase).hasPassed("Task_RecordPhaseCompletion", "EndEvent_Certified").isEnded();
        assertThat(projects.get(project.id()).phase(Phase.AUDIT_AND_CERTIFICATION).actualEnd()).isNotNull();
        assertThat(decisions.of(project.id())).filteredOn(d -> d.taskId().equals(GATE)).singleElement()
                .extracting(Decision::outcome, Decision::decidedBy).containsExactly("approve", PROJECT_MANAGER);
    }

    @Test
    void a_project_not_recommended_for_certification_ends_not_certified_after_the_gate() {
        stage2(atCertificationAudit(), "notRecommended");
        assertThat(projects.get(project.id()).status()).isEqualTo(ProjectStatus.NOT_CERTIFIED);

        completeAs(PROJECT_MANAGER, phase, GATE, "approveAuditAndCertificationDecision", "approve");

        assertThat(phase).hasPassed("EndEvent_NotCertified").hasNotPassed("EndEvent_Certified").isEnded();
    }

    @Test
    void a_project_not_certified_sent_back_at_the_gate_goes_through_another_certification_audit() {
        stage2(atCertificationAudit(), "notRecommended");

        completeAs(PROJECT_MANAGER, phase, GATE, "approveAuditAndCertificationDecision", "sendBack",
                "approveAuditAndCertificationReason", "The certification body audits again in three months.");

        assertThat(phase).isWaitingAt("CallActivity_CertificationAudit");
        assertThat(called("CertificationAuditProcess")).isWaitingAt("Task_ReviewReadiness");
        assertThat(history.createHistoricProcessInstanceQuery().superProcessInstanceId(phase.getId())
                .processDefinitionKey("CertificationAuditProcess").count()).isEqualTo(2);
        assertThat(certificationAudits.latest(project.id()).orElseThrow().status()).isEqualTo(AuditStatus.PREPARING);
        assertThat(projects.get(project.id()).phase(Phase.AUDIT_AND_CERTIFICATION).actualEnd()).isNull();
    }

    @Test
    void a_certified_project_is_not_sent_back_for_another_certification_audit() {
        stage2(atCertificationAudit(), "recommended");
        complete(PROJECT_MANAGER, "Task_RecordCertificate", "certificateNumber", "ISMS-2027-0042",
                "certificateIssueDate", today.toString());

        assertThatThrownBy(() -> completeAs(PROJECT_MANAGER, phase, GATE, "approveAuditAndCertificationDecision",
                "sendBack", "approveAuditAndCertificationReason", "Once more, please."))
                .hasRootCauseInstanceOf(CompletionRefusedException.class).rootCause()
                .hasMessageStartingWith("The project is certified: its surveillance audits follow on their own");

        assertThat(phase).isWaitingAt(GATE);
    }

    /** The audit the phase planned, as the programme holds it now. */
    private Audit theInternalAudit() {
        return programme.audits(project.id()).get(0);
    }

    /** The running instance of this process that the phase called. */
    private ProcessInstance called(String processKey) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(phase.getId())
                .processDefinitionKey(processKey).singleResult();
    }

    /**
     * Internal audit and management review done, the documents registered and the risks assessed: the certification
     * audit finds the project ready, and the project manager goes on to Stage 1.
     */
    private ProcessInstance atCertificationAudit() {
        ready.carryOut(theInternalAudit());
        ready.registerMandatoryDocuments(project);
        ready.assessRisks(project);
        ready.completeReview(project, called("ManagementReviewProcess").getId());
        ProcessInstance certificationAudit = called("CertificationAuditProcess");
        assertThat(readiness.latest(project.id()).orElseThrow().isReady()).isTrue();
        complete(PROJECT_MANAGER, "Task_ReviewReadiness");
        complete(PROJECT_MANAGER, "Task_ArrangeAuditLogistics", "certificationBody", "Example Certification Ltd",
                "leadAuditor", "Lena Lind", "auditedSites", "Head office", "stage1Date", today.plusDays(30).toString(),
                "stage2Date", today.plusDays(60).toString());
        complete(PROJECT_MANAGER, "Task_SendEvidencePack", "evidencePackSentOn", today.toString(),
                "evidencePackSentTo", "lena.lind@example-cert.test");
        complete(PROJECT_MANAGER, "Task_RecordStage1Audit", "stage1AuditedOn", today.toString(),
                "stage1ReportReference", "CB report S1");
        return certificationAudit;
    }

    private void stage2(ProcessInstance certificationAudit, String outcome) {
        assertThat(certificationAudit).isWaitingAt("Task_RecordStage2Audit");
        complete(PROJECT_MANAGER, "Task_RecordStage2Audit", "stage2AuditedOn", today.toString(),
                "stage2ReportReference", "CB report S2", "stage2Outcome", outcome);
    }

    /** Completes the open task with this id of the certification audit the phase called. */
    private void complete(String user, String taskKey, Object... keysAndValues) {
        completeAs(user, task(called("CertificationAuditProcess"), taskKey), values(keysAndValues));
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZoneId.systemDefault()).toInstant());
    }
}
