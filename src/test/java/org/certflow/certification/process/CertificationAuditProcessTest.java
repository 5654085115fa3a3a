package org.certflow.certification.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.certflow.certification.process.CertificationAuditVariables.CERTIFICATION_AUDIT_ID;
import static org.certflow.certification.process.CertificationAuditVariables.CORRECTIVE_ACTION_PROCESS;
import static org.certflow.certification.process.CertificationAuditVariables.PROCESS;
import static org.certflow.project.process.ProcessVariables.PROJECT_ID;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.certification.AuditFindings;
import org.certflow.certification.AuditLogistics;
import org.certflow.certification.AuditPreparation;
import org.certflow.certification.AuditStage;
import org.certflow.certification.AuditStatus;
import org.certflow.certification.CertificationAudit;
import org.certflow.certification.CertificationAudits;
import org.certflow.certification.CertificationFinding;
import org.certflow.certification.CertificationTestSupport;
import org.certflow.certification.FindingGrade;
import org.certflow.certification.FindingStatus;
import org.certflow.certification.NewFinding;
import org.certflow.certification.Readiness;
import org.certflow.certification.SurveillanceAudit;
import org.certflow.project.Project;
import org.certflow.project.ProjectStatus;
import org.certflow.project.StandardsScope;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SpringTest
class CertificationAuditProcessTest extends CertificationTestSupport {

    @Autowired
    AuditPreparation preparation;
    @Autowired
    CertificationAudits audits;
    @Autowired
    AuditFindings findings;
    @Autowired
    Readiness readiness;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    private Project project;
    private LocalDate today;

    @BeforeEach
    void createProject() {
        project = newProject(StandardsScope.ISO27001_ONLY);
        today = EngineClock.today();
    }

    @Test
    void a_project_not_ready_for_stage_1_is_checked_again_after_the_project_manager_fixed_it() {
        ProcessInstance audit = prepare();

        assertThat(audit).isWaitingAt("Task_ReviewReadiness");
        assertThat(task(audit, "Task_ReviewReadiness"))
                .hasCandidateGroup(ProjectGroups.groupId(project.id(), Role.PROJECT_MANAGER));
        assertThat(readiness.latest(project.id()).orElseThrow().isReady()).isFalse();
        complete(PROJECT_MANAGER, task(audit, "Task_ReviewReadiness"));

        assertThat(audit).isWaitingAt("Task_ReviewReadiness");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(audit.getId())
                .activityId("Task_CheckReadiness").count()).isEqualTo(2);
    }

    @Test
    void once_fixed_the_project_is_shown_ready_and_moves_on_to_the_audit_logistics() {
        ProcessInstance audit = prepare();
        ready.prepare(project);

        complete(PROJECT_MANAGER, task(audit, "Task_ReviewReadiness"), "readinessNotes", "Register completed");
        assertThat(readiness.latest(project.id()).orElseThrow().isReady()).isTrue();
        assertThat(audit).isWaitingAt("Task_ReviewReadiness");
        complete(PROJECT_MANAGER, task(audit, "Task_ReviewReadiness"));

        assertThat(audit).isWaitingAt("Task_ArrangeAuditLogistics");
        assertThat(audits.inProgress(project.id())).get().extracting(CertificationAudit::status)
                .isEqualTo(AuditStatus.PREPARING);
    }

    @Test
    void while_the_project_runs_its_phase_prepares_the_audit_not_the_certification_page() {
        assertThat(preparation.isRunning(project)).isTrue();
        assertThat(preparation.mayPrepare(project.id(), PROJECT_MANAGER)).isFalse();
        assertThatThrownBy(() -> preparation.prepare(project.id(), PROJECT_MANAGER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void after_the_project_only_its_manager_prepares_another_audit_and_only_one_at_a_time() {
        runtime.deleteProcessInstance(project.processInstanceId(), "The project ended");
        assertThatThrownBy(() -> preparation.prepare(project.id(), CONTROL_OWNER))
                .isInstanceOf(AccessDeniedException.class);

        preparation.prepare(project.id(), PROJECT_MANAGER);

        assertThat(audits.inProgress(project.id())).isPresent();
        assertThat(preparation.mayPrepare(project.id(), PROJECT_MANAGER)).isFalse();
        assertThatThrownBy(() -> preparation.prepare(project.id(), PROJECT_MANAGER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(project.id().toString()).count()).isEqualTo(1);
    }

    @Test
    void logistics_date_the_evidence_pack_two_weeks_before_stage_1() {
        ProcessInstance audit = atLogistics();

        arrangeLogistics(audit);

        assertThat(audit).isWaitingAt("Task_SendEvidencePack");
        assertThat(task(audit, "Task_SendEvidencePack")).hasDueDate(endOf(today.plusDays(30 - 14)));
        CertificationAudit cycle = cycle(audit);
        assertThat(cycle.logistics()).get().extracting(AuditLogistics::certificationBody, AuditLogistics::stage2Date)
                .containsExactly("Example Certification Ltd", today.plusDays(60));
    }

    @Test
    void logistics_with_stage_2_before_stage_1_are_refused() {
        ProcessInstance audit = atLogistics();

        TaskOutcome refused = attempt(PROJECT_MANAGER, task(audit, "Task_ArrangeAuditLogistics"),
                "certificationBody", "Example Certification Ltd", "leadAuditor", "Lena Lind",
                "auditedSites", "Head office", "stage1Date", today.plusDays(30).toString(),
                "stage2Date", today.plusDays(20).toString());

        assertThat(refused.kind()).isEqualTo(TaskOutcome.Kind.REFUSED);
        assertThat(refused.message()).isEqualTo("Stage 2 must come after Stage 1.");
        assertThat(audit).isWaitingAt("Task_ArrangeAuditLogistics");
        assertThat(cycle(audit).logistics()).isEmpty();
    }

    @Test
    void stage_2_starts_only_after_every_stage_1_finding_is_closed_by_its_corrective_action() {
        ProcessInstance audit = atStage1();
        CertificationFinding accessReviews = finding(audit, AuditStage.STAGE_1, FindingGrade.MINOR_NONCONFORMITY,
                "Access reviews are not documented.");
        CertificationFinding objectives = finding(audit, AuditStage.STAGE_1, FindingGrade.OBSERVATION,
                "Objectives lack measures.");

        recordStage1(audit);

        assertThat(audit).isWaitingAt("CallActivity_Stage1CorrectiveActions");
        List<ProcessInstance> actions = correctiveActions(audit);
        assertThat(actions).hasSize(2);
        assertThat(actions.stream().map(a -> runtime.getVariables(a.getId())).toList())
                .extracting(v -> v.get("findingId"), v -> v.get("findingSource"), v -> v.get("findingTitle"),
                        v -> v.get("findingGrade"), v -> v.get("findingOwner"), v -> v.get("verifier"),
                        v -> v.get("correctiveActionDue"), v -> v.get(PROJECT_ID))
                .containsExactlyInAnyOrder(
                        tuple(accessReviews.id(), "STAGE1", "Stage 1 minor nonconformity, A.5.15",
                                "MINOR_NONCONFORMITY", CONTROL_OWNER, "aude", today.plusDays(60 - 7).toString(),
                                project.id()),
                        tuple(objectives.id(), "STAGE1", "Stage 1 observation, A.5.15", "OBSERVATION", CONTROL_OWNER,
                                "aude", today.plusDays(60 - 7).toString(), project.id()));
        assertThat(actions).allSatisfy(a -> assertThat(a.getBusinessKey()).isEqualTo(project.id().toString()));
        assertThat(findings.get(accessReviews.id()).status()).isEqualTo(FindingStatus.IN_CORRECTION);

        closeCorrectiveAction(actions.get(0));
        assertThat(audit).isWaitingAt("CallActivity_Stage1CorrectiveActions");
        closeCorrectiveAction(actions.get(1));

        assertThat(audit).isWaitingAt("Task_RecordStage2Audit");
        assertThat(findings.of(cycle(audit).id())).extracting(CertificationFinding::status)
                .containsOnly(FindingStatus.CLOSED);
        assertThat(cycle(audit).status()).isEqualTo(AuditStatus.STAGE_1_DONE);
        register.collect(project.id());
        assertThat(register.entries(project.id())).filteredOn(e -> e.clause().equals("10.2")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.reference()).isEqualTo("Findings and corrective actions in CertFlow; the last: "
                            + "Recorded since March.");
                    assertThat(entry.approvedBy()).as("the verifier found it effective").isEqualTo("aude");
                });
    }

    @Test
    void stage_1_without_findings_goes_straight_to_stage_2() {
        ProcessInstance audit = atStage1();

        recordStage1(audit);

        assertThat(audit).isWaitingAt("Task_RecordStage2Audit");
        assertThat(task(audit, "Task_RecordStage2Audit")).hasDueDate(endOf(today.plusDays(60 + 7)));
    }

    @Test
    void a_recommended_stage_2_records_the_certificate_and_hands_the_surveillance_to_a_new_instance() {
        ProcessInstance audit = atStage2();

        ProcessInstance surveillance = certify(audit, today);

        assertThat(audit).hasPassed("Task_IssueCertificate", "EndEvent_CertificateIssued").isEnded();
        assertThat(outVariables(audit)).containsEntry("certificationOutcome", "certified")
                .containsEntry("certificateNumber", "ISMS-2027-0042")
                .containsEntry("certificateIssueDate", today.toString())
                .containsEntry("certificateExpiryDate", today.plusYears(3).toString());
        Project certified = projects.get(project.id());
        assertThat(certified.status()).isEqualTo(ProjectStatus.CERTIFIED);
        assertThat(certified.certificateNumber()).isEqualTo("ISMS-2027-0042");
        assertThat(surveillance).isWaitingAt("Timer_SurveillanceAuditDue");
        assertThat(timer(surveillance).getDuedate()).isEqualTo(startOf(today.plusMonths(12)));
    }

    @Test
    void recommending_certification_with_an_open_major_nonconformity_is_refused() {
        ProcessInstance audit = atStage2();
        finding(audit, AuditStage.STAGE_2, FindingGrade.MAJOR_NONCONFORMITY, "No risk treatment plan.");

        TaskOutcome refused = attempt(PROJECT_MANAGER, task(audit, "Task_RecordStage2Audit"),
                "stage2AuditedOn", today.toString(), "stage2ReportReference", "CB report S2",
                "stage2Outcome", "recommended");

        assertThat(refused.kind()).isEqualTo(TaskOutcome.Kind.REFUSED);
        assertThat(refused.message()).startsWith("A major nonconformity is still open");
        assertThat(audit).isWaitingAt("Task_RecordStage2Audit");
    }

    @Test
    void major_nonconformities_at_stage_2_are_corrected_before_the_follow_up_outcome() {
        ProcessInstance audit = atStage2();
        CertificationFinding major = finding(audit, AuditStage.STAGE_2, FindingGrade.MAJOR_NONCONFORMITY,
                "No risk treatment plan.");

        recordStage2(audit, "majorNonconformities");

        assertThat(audit).isWaitingAt("CallActivity_Stage2CorrectiveActions");
        ProcessInstance action = correctiveActions(audit).get(0);
        assertThat(runtime.getVariable(action.getId(), "findingSource")).isEqualTo("STAGE2");
        closeCorrectiveAction(action);

        assertThat(audit).isWaitingAt("Task_RecordStage2Audit");
        assertThat(task(audit, "Task_RecordStage2Audit")).hasDueDate(endOf(today.plusDays(90)));
        assertThat(findings.get(major.id()).status()).isEqualTo(FindingStatus.CLOSED);
        recordStage2(audit, "recommended");
        assertThat(audit).isWaitingAt("Task_RecordCertificate");
    }

    @Test
    void certification_not_recommended_ends_not_certified() {
        ProcessInstance audit = atStage2();

        recordStage2(audit, "notRecommended");

        assertThat(audit).hasPassed("Task_RecordNotCertified", "EndEvent_NotCertified").isEnded();
        assertThat(outVariables(audit)).containsEntry("certificationOutcome", "notCertified");
        assertThat(projects.get(project.id()).status()).isEqualTo(ProjectStatus.NOT_CERTIFIED);
        assertThat(audits.latest(project.id()).orElseThrow().status()).isEqualTo(AuditStatus.NOT_CERTIFIED);
    }

    @Test
    void surveillance_audits_come_yearly_and_recertification_three_months_before_expiry() {
        LocalDate issued = today.minusDays(1);
        ProcessInstance surveillance = certify(atStage2(), issued);

        moveTo(issued.plusMonths(12));
        management.executeJob(timer(surveillance).getId());
        assertThat(surveillance).isWaitingAt("Task_RecordSurveillanceAudit");
        recordSurveillanceAudit(surveillance);
        assertThat(timer(surveillance).getDuedate()).isEqualTo(startOf(issued.plusMonths(24)));

        moveTo(issued.plusMonths(24));
        management.executeJob(timer(surveillance).getId());
        recordSurveillanceAudit(surveillance);
        assertThat(surveillance).isWaitingAt("Timer_RecertificationDue");
        assertThat(timer(surveillance).getDuedate()).isEqualTo(startOf(issued.plusYears(3).minusMonths(3)));

        moveTo(issued.plusYears(3).minusMonths(3));
        management.executeJob(timer(surveillance).getId());
        assertThat(task(surveillance, "Task_PrepareRecertification")).hasDueDate(endOf(issued.plusYears(3)));
        complete(PROJECT_MANAGER, task(surveillance, "Task_PrepareRecertification"), "recertificationAuditDate",
                EngineClock.today().plusWeeks(6).toString());

        assertThat(surveillance).hasPassed("EndEvent_RecertificationPrepared").isEnded();
        CertificationAudit cycle = audits.latest(project.id()).orElseThrow();
        assertThat(cycle.surveillanceAudits()).extracting(SurveillanceAudit::surveillanceNumber)
                .containsExactly(1, 2);
        assertThat(cycle.recertificationAuditDate()).isEqualTo(EngineClock.today().plusWeeks(6));
    }

    /** Started the way the audit and certification phase calls it: business key and projectId. */
    private ProcessInstance prepare() {
        return runtime.startProcessInstanceByKey(PROCESS, project.id().toString(), Map.of(PROJECT_ID, project.id()));
    }

    /**
     * A preparation past its readiness check, which the tests above drive: the readiness checks of other features
     * (internal audit, management review, ...) then do not decide what the later steps' tests can reach.
     */
    private ProcessInstance atLogistics() {
        return runtime.createProcessInstanceByKey(PROCESS).businessKey(project.id().toString())
                .setVariable(PROJECT_ID, project.id())
                .setVariable(CERTIFICATION_AUDIT_ID, audits.open(project.id()).id())
                .startBeforeActivity("Task_ArrangeAuditLogistics").execute();
    }

    private void arrangeLogistics(ProcessInstance audit) {
        complete(PROJECT_MANAGER, task(audit, "Task_ArrangeAuditLogistics"), "certificationBody",
                "Example Certification Ltd", "leadAuditor", "Lena Lind", "auditedSites", "Head office",
                "stage1Date", today.plusDays(30).toString(), "stage2Date", today.plusDays(60).toString());
    }

    private ProcessInstance atStage1() {
        ProcessInstance audit = atLogistics();
        arrangeLogistics(audit);
        complete(PROJECT_MANAGER, task(audit, "Task_SendEvidencePack"), "evidencePackSentOn", today.toString(),
                "evidencePackSentTo", "lena.lind@example-cert.test");
        assertThat(audit).isWaitingAt("Task_RecordStage1Audit");
        return audit;
    }

    private void recordStage1(ProcessInstance audit) {
        complete(PROJECT_MANAGER, task(audit, "Task_RecordStage1Audit"), "stage1AuditedOn", today.toString(),
                "stage1ReportReference", "CB report S1", "stage1Summary", "Ready for Stage 2 after corrections");
    }

    private ProcessInstance atStage2() {
        ProcessInstance audit = atStage1();
        recordStage1(audit);
        return audit;
    }

    private void recordStage2(ProcessInstance audit, String outcome) {
        complete(PROJECT_MANAGER, task(audit, "Task_RecordStage2Audit"), "stage2AuditedOn", today.toString(),
                "stage2ReportReference", "CB report S2", "stage2Outcome", outcome);
    }

    /** Recommended, certificate recorded; returns the surveillance cycle's instance. */
    private ProcessInstance certify(ProcessInstance audit, LocalDate issued) {
        recordStage2(audit, "recommended");
        complete(PROJECT_MANAGER, task(audit, "Task_RecordCertificate"), "certificateNumber", " ISMS-2027-0042 ",
                "certificateIssueDate", issued.toString());
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(project.id().toString()).singleResult();
    }

    private void recordSurveillanceAudit(ProcessInstance surveillance) {
        complete(PROJECT_MANAGER, task(surveillance, "Task_RecordSurveillanceAudit"), "surveillanceAuditedOn",
                EngineClock.today().toString(), "surveillanceReportReference", "CB surveillance report");
    }

    private CertificationFinding finding(ProcessInstance audit, AuditStage stage, FindingGrade grade,
                                         String description) {
        return findings.record(cycle(audit).id(), stage, new NewFinding(grade, "A.5.15", description,
                CONTROL_OWNER), PROJECT_MANAGER);
    }

    private CertificationAudit cycle(ProcessInstance audit) {
        return audits.get(((Number) runtime.getVariable(audit.getId(), CERTIFICATION_AUDIT_ID)).longValue());
    }

    private List<ProcessInstance> correctiveActions(ProcessInstance audit) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CORRECTIVE_ACTION_PROCESS)
                .superProcessInstanceId(audit.getId()).orderByProcessInstanceId().asc().list();
    }

    /** In the audit feature's CorrectiveActionProcess: the owner corrects, the verifier finds it effective. */
    private void closeCorrectiveAction(ProcessInstance action) {
        String owner = (String) runtime.getVariable(action.getId(), "findingOwner");
        complete(owner, task(action, "Task_AnalyseRootCause"), "rootCause", "Nobody was asked to record the reviews.");
        complete(owner, task(action, "Task_PlanCorrectiveAction"), "actionPlan", "Record each review in the ticket.");
        complete(owner, task(action, "Task_ImplementCorrectiveAction"), "actionTaken", "Recorded since March.");
        complete((String) runtime.getVariable(action.getId(), "verifier"), task(action, "Task_CheckEffectiveness"),
                "checkEffectivenessDecision", "approve");
    }

    private Map<String, Object> outVariables(ProcessInstance audit) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(audit.getId())
                .variableNameIn("certificationOutcome", "certificateNumber", "certificateIssueDate",
                        "certificateExpiryDate").list().stream()
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
    }

    private Job timer(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    }

    private static void moveTo(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 0)).atZone(ZoneId.systemDefault()).toInstant()));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZoneId.systemDefault()).toInstant());
    }
}
