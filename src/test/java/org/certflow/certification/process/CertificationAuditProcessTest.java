package org.certflow.certification.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.certflow.certification.process.CertificationAuditVariables.CERTIFICATION_AUDIT_ID;
import static org.certflow.certification.process.CertificationAuditVariables.CORRECTIVE_ACTION_PROCESS;
import static org.certflow.certification.process.CertificationAuditVariables.PROCESS;
import static org.certflow.project.process.ProcessVariables.PHASE_DUE_DATE;
import static org.certflow.project.process.ProcessVariables.PROJECT_ID;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.audit.Audit;
import org.certflow.audit.AuditExecution;
import org.certflow.audit.AuditPlan;
import org.certflow.audit.AuditProgramme;
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
import org.certflow.certification.ReadinessReport;
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
    AuditProgramme programme;
    @Autowired
    AuditExecution execution;
    @Autowired
    HistoryService history;

    private Project project;
    private LocalDate today;

    @BeforeEach
    void createProject() {
        project = newProject(StandardsScope.ISO27001_ONLY);
        today = EngineClock.today();
    }

    // readiness for Stage 1

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
    void once_fixed_completing_the_review_checks_again_and_moves_on_to_the_audit_logistics() {
        ProcessInstance audit = prepare();
        assertThat(readiness.latest(project.id()).orElseThrow().isReady()).isFalse();
        ready.prepare(project);

        complete(PROJECT_MANAGER, task(audit, "Task_ReviewReadiness"), "readinessNotes", "Register completed");

        assertThat(readiness.latest(project.id()).orElseThrow().isReady()).isTrue();
        assertThat(audit).isWaitingAt("Task_ArrangeAuditLogistics");
        assertThat(audits.inProgress(project.id())).get().extracting(CertificationAudit::status)
                .isEqualTo(AuditStatus.PREPARING);
    }

    @Test
    void a_major_nonconformity_raised_while_the_review_waits_holds_stage_1_back() {
        ready.prepare(project);
        ProcessInstance audit = prepare();
        assertThat(readiness.latest(project.id()).orElseThrow().isReady()).as("ready when the review starts")
                .isTrue();

        Audit followUp = programme.plan(new AuditPlan(project.id(), "Follow-up of improvement", today, AUDITOR,
                Set.of("10"), Set.of()), PROJECT_MANAGER);
        execution.recordFinding(followUp.id(), new org.certflow.audit.NewFinding("clause:10.2",
                org.certflow.audit.FindingGrade.MAJOR_NONCONFORMITY, "Corrective actions are not followed up.",
                CONTROL_OWNER, today.plusDays(30)), AUDITOR);
        complete(PROJECT_MANAGER, task(audit, "Task_ReviewReadiness"));

        assertThat(audit).isWaitingAt("Task_ReviewReadiness");
        assertThat(readiness.latest(project.id()).orElseThrow().results())
                .filteredOn(line -> line.requirement().equals("No major nonconformity is open (clause 10.2)"))
                .singleElement().extracting(ReadinessReport.Line::passed).isEqualTo(false);
    }

    // preparing an audit from the certification page

    @Test
    void while_the_project_runs_its_phase_prepares_the_audit_not_the_certification_page() {
        assertThat(preparation.isRunning(project)).isTrue();
        assertThat(preparation.mayPrepare(project.id(), PROJECT_MANAGER)).isFalse();
        assertThatThrownBy(() -> preparation.prepare(project.id(), PROJECT_MANAGER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void after_the_project_only_its_manager_prepares_another_audit_and_only_one_at_a_time() {
        endTheProject();
        assertThatThrownBy(() -> preparation.prepare(project.id(), CONTROL_OWNER))
                .isInstanceOf(AccessDeniedException.class);

        prepareOnceOnly();

        assertThat(audits.inProgress(project.id())).isPresent();
    }

    @Test
    void with_a_valid_certificate_the_page_prepares_the_next_audit_only_in_the_recertification_window() {
        endTheProject();
        ProcessInstance surveillance = certify(atStage2(), today);
        assertThat(preparation.mayPrepare(project.id(), PROJECT_MANAGER)).as("the surveillance cycle runs")
                .isFalse();
        runtime.deleteProcessInstance(surveillance.getId(), "Stopped by an administrator");

        assertThat(preparation.mayPrepare(project.id(), PROJECT_MANAGER)).as("before the window").isFalse();
        moveTo(today.plusYears(3).minusMonths(3).minusDays(1));
        assertThat(preparation.mayPrepare(project.id(), PROJECT_MANAGER)).as("the day before the window").isFalse();
        moveTo(today.plusYears(3).minusMonths(3));
        assertThat(preparation.mayPrepare(project.id(), PROJECT_MANAGER)).as("in the window").isTrue();

        prepareOnceOnly();
    }

    // logistics and evidence pack

    @Test
    void logistics_date_the_evidence_pack_two_weeks_before_stage_1() {
        ProcessInstance audit = atLogistics();
        assertThat(task(audit, "Task_ArrangeAuditLogistics")).hasDueDate(endOf(today.plusDays(14)));

        arrangeLogistics(audit);

        assertThat(audit).isWaitingAt("Task_SendEvidencePack");
        assertThat(task(audit, "Task_SendEvidencePack")).hasDueDate(endOf(today.plusDays(30 - 14)));
        CertificationAudit cycle = cycle(audit);
        assertThat(cycle.logistics()).get().extracting(AuditLogistics::certificationBody, AuditLogistics::stage2Date)
                .containsExactly("Example Certification Ltd", today.plusDays(60));
    }

    @Test
    void logistics_with_stage_1_in_the_past_or_stage_2_before_it_are_refused_and_nothing_is_arranged() {
        ProcessInstance audit = atLogistics();

        assertRefused(arrangeLogistics(audit, today.plusDays(30), today.plusDays(20)),
                "Stage 2 must come after Stage 1.");
        assertRefused(arrangeLogistics(audit, today.minusDays(1), today.plusDays(20)),
                "Stage 1 cannot be planned in the past.");

        assertThat(audit).isWaitingAt("Task_ArrangeAuditLogistics");
        assertThat(cycle(audit).logistics()).isEmpty();
        assertThat(runtime.getVariable(audit.getId(), "evidencePackDueDate")).isNull();
    }

    @Test
    void an_evidence_pack_sent_in_the_future_is_refused_and_nothing_is_recorded() {
        ProcessInstance audit = atLogistics();
        arrangeLogistics(audit);

        TaskOutcome refused = attempt(PROJECT_MANAGER, task(audit, "Task_SendEvidencePack"), "evidencePackSentOn",
                today.plusDays(1).toString(), "evidencePackSentTo", "lena.lind@example-cert.test");

        assertRefused(refused, "The day the pack was sent cannot lie in the future.");
        assertThat(audit).isWaitingAt("Task_SendEvidencePack");
        assertThat(cycle(audit).evidencePackSentOn()).isNull();
        assertThat(cycle(audit).evidencePackSentTo()).isNull();
    }

    // due dates

    @Test
    void on_its_own_the_tasks_are_due_a_fixed_time_after_they_start_or_after_their_audit() {
        ProcessInstance audit = prepare();
        assertThat(task(audit, "Task_ReviewReadiness")).hasDueDate(endOf(today.plusDays(5)));

        ProcessInstance atStage1 = atStage1();
        assertThat(task(atStage1, "Task_RecordStage1Audit")).hasDueDate(endOf(today.plusDays(30 + 7)));
        recordStage1(atStage1);
        assertThat(task(atStage1, "Task_RecordStage2Audit")).hasDueDate(endOf(today.plusDays(60 + 7)));
        recordStage2(atStage1, "recommended");
        assertThat(task(atStage1, "Task_RecordCertificate")).hasDueDate(endOf(today.plusDays(30)));
    }

    @Test
    void called_by_the_phase_the_tasks_are_due_by_its_due_date_where_it_comes_first_but_not_before_their_audit() {
        Date phaseDue = endOf(today.plusDays(3));
        ProcessInstance audit = runtime.startProcessInstanceByKey(PROCESS, project.id().toString(),
                Map.of(PROJECT_ID, project.id(), PHASE_DUE_DATE, phaseDue));
        assertThat(task(audit, "Task_ReviewReadiness")).hasDueDate(phaseDue);

        ProcessInstance inPhase = atLogistics(Map.of(PHASE_DUE_DATE, phaseDue));
        assertThat(task(inPhase, "Task_ArrangeAuditLogistics")).hasDueDate(phaseDue);
        arrangeLogistics(inPhase);
        assertThat(task(inPhase, "Task_SendEvidencePack")).hasDueDate(phaseDue);
        sendEvidencePack(inPhase);
        assertThat(task(inPhase, "Task_RecordStage1Audit")).as("not before Stage 1 itself")
                .hasDueDate(endOf(today.plusDays(30)));
        recordStage1(inPhase);
        assertThat(task(inPhase, "Task_RecordStage2Audit")).hasDueDate(endOf(today.plusDays(60)));
        recordStage2(inPhase, "recommended");
        assertThat(task(inPhase, "Task_RecordCertificate")).hasDueDate(phaseDue);
    }

    @Test
    void a_phase_due_after_the_tasks_own_time_leaves_them_their_own_time() {
        ProcessInstance audit = runtime.startProcessInstanceByKey(PROCESS, project.id().toString(),
                Map.of(PROJECT_ID, project.id(), PHASE_DUE_DATE, endOf(today.plusDays(100))));

        assertThat(task(audit, "Task_ReviewReadiness")).hasDueDate(endOf(today.plusDays(5)));
    }

    // Stage 1

    @Test
    void stage_2_starts_only_after_every_stage_1_finding_is_closed_by_its_corrective_action() {
        ProcessInstance audit = atStage1();
        CertificationFinding accessReviews = finding(audit, AuditStage.STAGE_1, FindingGrade.MINOR_NONCONFORMITY,
                "Access reviews are not documented.");
        CertificationFinding objectives = finding(audit, AuditStage.STAGE_1, FindingGrade.OBSERVATION,
                "Objectives lack measures.");

        recordStage1(audit);

        assertThat(audit).isWaitingAt("CallActivity_Stage1CorrectiveActions");
        List<ProcessInstance> actions = calledCorrectiveActions(audit);
        assertThat(actions).hasSize(2);
        assertThat(actions.stream().map(a -> runtime.getVariables(a.getId())).toList())
                .extracting(v -> v.get("findingId"), v -> v.get("findingSource"), v -> v.get("findingTitle"),
                        v -> v.get("findingGrade"), v -> v.get("findingOwner"), v -> v.get("verifier"),
                        v -> v.get("correctiveActionDue"), v -> v.get(PROJECT_ID))
                .containsExactlyInAnyOrder(
                        tuple(accessReviews.id(), "STAGE1", "Stage 1 minor nonconformity, A.5.15",
                                "MINOR_NONCONFORMITY", CONTROL_OWNER, AUDITOR, today.plusDays(60 - 7).toString(),
                                project.id()),
                        tuple(objectives.id(), "STAGE1", "Stage 1 observation, A.5.15", "OBSERVATION", CONTROL_OWNER,
                                AUDITOR, today.plusDays(60 - 7).toString(), project.id()));
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
                    assertThat(entry.approvedBy()).as("the verifier found it effective").isEqualTo(AUDITOR);
                });
    }

    @Test
    void stage_1_without_findings_goes_straight_to_stage_2() {
        ProcessInstance audit = atStage1();

        recordStage1(audit);

        assertThat(audit).isWaitingAt("Task_RecordStage2Audit");
    }

    @Test
    void stage_1_dated_in_the_future_is_refused_and_nothing_is_recorded() {
        ProcessInstance audit = atStage1();
        finding(audit, AuditStage.STAGE_1, FindingGrade.MINOR_NONCONFORMITY, "Access reviews are not documented.");

        TaskOutcome refused = attempt(PROJECT_MANAGER, task(audit, "Task_RecordStage1Audit"), "stage1AuditedOn",
                today.plusDays(1).toString(), "stage1ReportReference", "CB report S1");

        assertRefused(refused, "The last day of Stage 1 cannot lie in the future.");
        assertThat(audit).isWaitingAt("Task_RecordStage1Audit");
        assertThat(cycle(audit).stage1Report()).isEmpty();
        assertThat(cycle(audit).status()).isEqualTo(AuditStatus.PREPARING);
        assertThat(findings.of(cycle(audit).id())).extracting(CertificationFinding::status)
                .containsOnly(FindingStatus.OPEN);
    }

    // Stage 2

    @Test
    void a_recommended_stage_2_records_the_certificate_and_hands_the_surveillance_to_a_new_instance() {
        ProcessInstance audit = atStage2();

        ProcessInstance surveillance = certify(audit, today);

        assertThat(audit).hasPassed("Task_RaiseStage2CorrectiveActions", "Task_IssueCertificate",
                "EndEvent_CertificateIssued").isEnded();
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
    void a_recommended_stage_2_raises_its_nonconformities_as_corrective_actions_without_holding_up_the_certificate() {
        ProcessInstance audit = atStage2();
        CertificationFinding minor = finding(audit, AuditStage.STAGE_2, FindingGrade.MINOR_NONCONFORMITY,
                "Supplier reviews are a year late.");
        CertificationFinding observation = finding(audit, AuditStage.STAGE_2, FindingGrade.OBSERVATION,
                "Awareness training could use examples.");
        CertificationFinding opportunity = finding(audit, AuditStage.STAGE_2,
                FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT, "Automate the access reviews.");

        recordStage2(audit, "recommended");

        assertThat(audit).isWaitingAt("Task_RecordCertificate");
        ProcessInstance action = stage2CorrectiveAction(minor);
        assertThat(action.getBusinessKey()).isEqualTo(project.id().toString());
        assertThat(runtime.getVariables(action.getId())).containsEntry("findingSource", "STAGE2")
                .containsEntry("findingTitle", "Stage 2 minor nonconformity, A.5.15")
                .containsEntry("findingOwner", CONTROL_OWNER).containsEntry("verifier", AUDITOR)
                .containsEntry("correctiveActionDue", today.plusDays(60).toString())
                .containsEntry(PROJECT_ID, project.id());
        assertThat(action).isWaitingAt("Task_AnalyseRootCause");
        assertThat(findings.get(minor.id()).status()).isEqualTo(FindingStatus.IN_CORRECTION);
        assertThat(findings.get(observation.id()).status()).isEqualTo(FindingStatus.NOTED);
        assertThat(findings.get(opportunity.id()).status()).isEqualTo(FindingStatus.NOTED);
        assertThat(correctiveActionsOfProject()).as("observations are noted, not actioned").hasSize(1);

        complete(PROJECT_MANAGER, task(audit, "Task_RecordCertificate"), "certificateNumber", "ISMS-2027-0042",
                "certificateIssueDate", today.toString());
        assertThat(audit).isEnded();
        assertThat(action).as("the certificate did not wait for it").isNotEnded();
        closeCorrectiveAction(action);

        assertThat(action).isEnded();
        assertThat(findings.get(minor.id()).status()).isEqualTo(FindingStatus.CLOSED);
        assertThat(findings.get(minor.id()).closedAt()).isNotNull();
    }

    @Test
    void recommending_certification_with_an_open_major_nonconformity_is_refused() {
        ProcessInstance audit = atStage2();
        finding(audit, AuditStage.STAGE_2, FindingGrade.MAJOR_NONCONFORMITY, "No risk treatment plan.");

        TaskOutcome refused = attemptStage2(audit, today, "recommended");

        assertThat(refused.kind()).isEqualTo(TaskOutcome.Kind.REFUSED);
        assertThat(refused.message()).startsWith("A major nonconformity is still open");
        assertThat(audit).isWaitingAt("Task_RecordStage2Audit");
    }

    @Test
    void major_nonconformities_without_a_major_finding_recorded_are_refused_and_nothing_is_recorded() {
        ProcessInstance audit = atStage2();
        CertificationFinding minor = finding(audit, AuditStage.STAGE_2, FindingGrade.MINOR_NONCONFORMITY,
                "Supplier reviews are a year late.");

        TaskOutcome refused = attemptStage2(audit, today, "majorNonconformities");

        assertRefused(refused, "Record each major nonconformity as a Stage 2 finding above, so that it gets its "
                + "corrective action.");
        assertThat(audit).isWaitingAt("Task_RecordStage2Audit");
        assertThat(cycle(audit).stage2Report()).isEmpty();
        assertThat(cycle(audit).stage2Outcome()).isNull();
        assertThat(findings.get(minor.id()).status()).isEqualTo(FindingStatus.OPEN);
    }

    @Test
    void stage_2_dated_in_the_future_is_refused_and_nothing_is_recorded() {
        ProcessInstance audit = atStage2();
        CertificationFinding observation = finding(audit, AuditStage.STAGE_2, FindingGrade.OBSERVATION,
                "Awareness training could use examples.");

        TaskOutcome refused = attemptStage2(audit, today.plusDays(1), "recommended");

        assertRefused(refused, "The last day of Stage 2 cannot lie in the future.");
        assertThat(audit).isWaitingAt("Task_RecordStage2Audit");
        assertThat(cycle(audit).stage2Report()).isEmpty();
        assertThat(findings.get(observation.id()).status()).as("not noted either").isEqualTo(FindingStatus.OPEN);
    }

    @Test
    void major_nonconformities_at_stage_2_are_corrected_before_the_follow_up_outcome() {
        ProcessInstance audit = atStage2();
        CertificationFinding major = finding(audit, AuditStage.STAGE_2, FindingGrade.MAJOR_NONCONFORMITY,
                "No risk treatment plan.");
        CertificationFinding observation = finding(audit, AuditStage.STAGE_2, FindingGrade.OBSERVATION,
                "Awareness training could use examples.");

        recordStage2(audit, "majorNonconformities");

        assertThat(audit).isWaitingAt("CallActivity_Stage2CorrectiveActions");
        assertThat(calledCorrectiveActions(audit)).singleElement().satisfies(action -> assertThat(
                runtime.getVariables(action.getId())).containsEntry("findingSource", "STAGE2")
                .containsEntry("findingId", major.id()));
        assertThat(findings.get(observation.id()).status()).isEqualTo(FindingStatus.NOTED);
        closeCorrectiveAction(calledCorrectiveActions(audit).get(0));

        assertThat(audit).isWaitingAt("Task_RecordStage2Audit");
        assertThat(task(audit, "Task_RecordStage2Audit")).hasDueDate(endOf(today.plusDays(90)));
        assertThat(findings.get(major.id()).status()).isEqualTo(FindingStatus.CLOSED);
        recordStage2(audit, "recommended");
        assertThat(audit).isWaitingAt("Task_RecordCertificate");
        assertThat(correctiveActionsOfProject()).as("nothing left to raise").isEmpty();
    }

    @Test
    void certification_not_recommended_ends_not_certified_and_still_raises_the_nonconformities() {
        ProcessInstance audit = atStage2();
        CertificationFinding minor = finding(audit, AuditStage.STAGE_2, FindingGrade.MINOR_NONCONFORMITY,
                "Supplier reviews are a year late.");

        recordStage2(audit, "notRecommended");

        assertThat(audit).hasPassed("Task_RaiseStage2CorrectiveActions", "Task_RecordNotCertified",
                "EndEvent_NotCertified").hasNotPassed("Task_RecordCertificate").isEnded();
        assertThat(outVariables(audit)).containsEntry("certificationOutcome", "notCertified");
        assertThat(projects.get(project.id()).status()).isEqualTo(ProjectStatus.NOT_CERTIFIED);
        assertThat(audits.latest(project.id()).orElseThrow().status()).isEqualTo(AuditStatus.NOT_CERTIFIED);
        assertThat(stage2CorrectiveAction(minor)).isWaitingAt("Task_AnalyseRootCause");
    }

    // certificate

    @Test
    void a_certificate_without_its_number_or_issued_in_the_future_is_refused_and_nothing_is_recorded() {
        ProcessInstance audit = atStage2();
        recordStage2(audit, "recommended");

        TaskOutcome withoutNumber = attempt(PROJECT_MANAGER, task(audit, "Task_RecordCertificate"),
                "certificateNumber", "  ", "certificateIssueDate", today.toString());
        TaskOutcome future = attempt(PROJECT_MANAGER, task(audit, "Task_RecordCertificate"),
                "certificateNumber", "ISMS-2027-0042", "certificateIssueDate", today.plusDays(1).toString());

        assertThat(withoutNumber.kind()).isEqualTo(TaskOutcome.Kind.INVALID);
        assertThat(withoutNumber.fieldErrors()).containsOnlyKeys("certificateNumber");
        assertRefused(future, "The issue date cannot lie in the future.");
        assertThat(audit).isWaitingAt("Task_RecordCertificate");
        assertThat(cycle(audit).certificate()).isEmpty();
        assertThat(cycle(audit).status()).isEqualTo(AuditStatus.STAGE_1_DONE);
        assertThat(projects.get(project.id()).status()).isNotEqualTo(ProjectStatus.CERTIFIED);
        assertThat(projects.get(project.id()).certificateNumber()).isNull();
        assertThat(runningAudits()).as("no surveillance cycle").isEqualTo(1);
    }

    // surveillance and recertification

    @Test
    void surveillance_audits_come_yearly_and_recertification_three_months_before_expiry() {
        LocalDate issued = today.minusDays(1);
        ProcessInstance surveillance = certify(atStage2(), issued);

        Job first = timer(surveillance);
        assertThat(first.getDuedate()).isEqualTo(startOf(issued.plusMonths(12)));
        fireAtItsTime(first);
        assertThat(task(surveillance, "Task_RecordSurveillanceAudit"))
                .hasDueDate(endOf(issued.plusMonths(12).plusDays(60)));
        recordSurveillanceAudit(surveillance);

        Job second = timer(surveillance);
        assertThat(second.getDuedate()).isEqualTo(startOf(issued.plusMonths(24)));
        fireAtItsTime(second);
        recordSurveillanceAudit(surveillance);

        assertThat(surveillance).isWaitingAt("Timer_RecertificationDue");
        Job recertification = timer(surveillance);
        assertThat(recertification.getDuedate()).isEqualTo(startOf(issued.plusYears(3).minusMonths(3)));
        fireAtItsTime(recertification);
        assertThat(task(surveillance, "Task_PrepareRecertification")).hasDueDate(endOf(issued.plusYears(3)));
        CertificationAudit cycle = audits.latest(project.id()).orElseThrow();
        assertThat(cycle.surveillanceAudits()).extracting(SurveillanceAudit::surveillanceNumber)
                .containsExactly(1, 2);
    }

    @Test
    void a_recertification_date_in_the_past_or_after_the_expiry_is_refused_and_nothing_starts() {
        LocalDate issued = today.minusDays(1);
        ProcessInstance surveillance = toRecertification(issued);

        TaskOutcome afterExpiry = attempt(PROJECT_MANAGER, task(surveillance, "Task_PrepareRecertification"),
                "recertificationAuditDate", issued.plusYears(3).toString());
        TaskOutcome past = attempt(PROJECT_MANAGER, task(surveillance, "Task_PrepareRecertification"),
                "recertificationAuditDate", EngineClock.today().minusDays(1).toString());

        assertRefused(afterExpiry, "Plan the recertification audit between today and the certificate's expiry.");
        assertRefused(past, "Plan the recertification audit between today and the certificate's expiry.");
        assertThat(surveillance).isWaitingAt("Task_PrepareRecertification");
        assertThat(audits.latest(project.id()).orElseThrow().recertificationAuditDate()).isNull();
        assertThat(audits.inProgress(project.id())).isEmpty();
        assertThat(runningAudits()).isEqualTo(1);
    }

    @Test
    void the_recertification_is_the_next_certification_audit_and_its_certificate_ends_the_old_surveillance() {
        endTheProject();
        LocalDate issued = today.minusDays(1);
        ProcessInstance surveillance = toRecertification(issued);
        CertificationAudit first = audits.latest(project.id()).orElseThrow();

        complete(PROJECT_MANAGER, task(surveillance, "Task_PrepareRecertification"), "recertificationAuditDate",
                EngineClock.today().plusWeeks(6).toString());

        assertThat(surveillance).isWaitingAt("CallActivity_RecertificationAudit");
        assertThat(audits.get(first.id()).recertificationAuditDate()).isEqualTo(EngineClock.today().plusWeeks(6));
        ProcessInstance recertification = runtime.createProcessInstanceQuery()
                .superProcessInstanceId(surveillance.getId()).singleResult();
        assertThat(recertification.getBusinessKey()).isEqualTo(project.id().toString());
        assertThat(recertification).isWaitingAt("Task_ReviewReadiness");
        CertificationAudit second = audits.inProgress(project.id()).orElseThrow();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(preparation.mayPrepare(project.id(), PROJECT_MANAGER)).as("never a second audit").isFalse();
        assertThat(audits.latestCertified(project.id())).as("the certificate in force").get()
                .extracting(CertificationAudit::id).isEqualTo(first.id());

        ready.prepare(project);
        complete(PROJECT_MANAGER, task(recertification, "Task_ReviewReadiness"));
        arrangeLogistics(recertification);
        sendEvidencePack(recertification);
        recordStage1(recertification);
        recordStage2(recertification, "recommended");
        complete(PROJECT_MANAGER, task(recertification, "Task_RecordCertificate"), "certificateNumber",
                "ISMS-2030-0077", "certificateIssueDate", EngineClock.today().toString());

        assertThat(recertification).isEnded();
        assertThat(surveillance).hasPassed("EndEvent_SurveillanceCycleEnded").isEnded();
        ProcessInstance next = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(project.id().toString()).singleResult();
        assertThat(next).as("one surveillance cycle, the new certificate's").isWaitingAt("Timer_SurveillanceAuditDue");
        assertThat(timer(next).getDuedate()).isEqualTo(startOf(EngineClock.today().plusMonths(12)));
        assertThat(audits.latestCertified(project.id()).orElseThrow()).satisfies(latest -> {
            assertThat(latest.id()).isEqualTo(second.id());
            assertThat(latest.certificate().orElseThrow().number()).isEqualTo("ISMS-2030-0077");
        });
        assertThat(projects.get(project.id()).certificateNumber()).isEqualTo("ISMS-2030-0077");
    }

    @Test
    void a_certificate_expiring_before_the_recertification_was_prepared_ends_its_surveillance() {
        endTheProject();
        LocalDate issued = today.minusDays(1);
        ProcessInstance surveillance = toRecertification(issued);
        assertThat(preparation.mayPrepare(project.id(), PROJECT_MANAGER)).as("the task is the way").isFalse();

        Job expiry = management.createJobQuery().processInstanceId(surveillance.getId())
                .activityId("BoundaryEvent_CertificateExpired").singleResult();
        assertThat(expiry.getDuedate()).isEqualTo(endOf(issued.plusYears(3)));
        fireAtItsTime(expiry);

        assertThat(surveillance).hasPassed("EndEvent_CertificateExpired")
                .hasNotPassed("CallActivity_RecertificationAudit").isEnded();
        assertThat(runningAudits()).isZero();
        assertThat(preparation.mayPrepare(project.id(), PROJECT_MANAGER)).as("now the page prepares it").isTrue();
    }

    /** Started the way the audit and certification phase calls it: business key and projectId. */
    private ProcessInstance prepare() {
        return runtime.startProcessInstanceByKey(PROCESS, project.id().toString(), Map.of(PROJECT_ID, project.id()));
    }

    /** The project manager prepares an audit on the certification page; a second one is refused while it runs. */
    private void prepareOnceOnly() {
        preparation.prepare(project.id(), PROJECT_MANAGER);
        assertThat(preparation.mayPrepare(project.id(), PROJECT_MANAGER)).isFalse();
        assertThatThrownBy(() -> preparation.prepare(project.id(), PROJECT_MANAGER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runningAudits()).isEqualTo(1);
    }

    /** The certification project's own process ended: the certification page may prepare audits. */
    private void endTheProject() {
        runtime.deleteProcessInstance(project.processInstanceId(), "The project ended");
    }

    /**
     * A preparation past its readiness check, which the tests above drive: the readiness checks of other features
     * (internal audit, management review, ...) then do not decide what the later steps' tests can reach.
     */
    private ProcessInstance atLogistics() {
        return atLogistics(Map.of());
    }

    private ProcessInstance atLogistics(Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put(PROJECT_ID, project.id());
        all.put(CERTIFICATION_AUDIT_ID, audits.open(project.id()).id());
        return runtime.createProcessInstanceByKey(PROCESS).businessKey(project.id().toString()).setVariables(all)
                .startBeforeActivity("Task_ArrangeAuditLogistics").execute();
    }

    /** Stage 1 in 30 days, Stage 2 in 60. */
    private void arrangeLogistics(ProcessInstance audit) {
        TaskOutcome outcome = arrangeLogistics(audit, EngineClock.today().plusDays(30),
                EngineClock.today().plusDays(60));
        assertThat(outcome.isDone()).as(outcome.message()).isTrue();
    }

    private TaskOutcome arrangeLogistics(ProcessInstance audit, LocalDate stage1, LocalDate stage2) {
        return attempt(PROJECT_MANAGER, task(audit, "Task_ArrangeAuditLogistics"), "certificationBody",
                "Example Certification Ltd", "leadAuditor", "Lena Lind", "auditedSites", "Head office",
                "stage1Date", stage1.toString(), "stage2Date", stage2.toString());
    }

    private void sendEvidencePack(ProcessInstance audit) {
        complete(PROJECT_MANAGER, task(audit, "Task_SendEvidencePack"), "evidencePackSentOn",
                EngineClock.today().toString(), "evidencePackSentTo", "lena.lind@example-cert.test");
    }

    private ProcessInstance atStage1() {
        ProcessInstance audit = atLogistics();
        arrangeLogistics(audit);
        sendEvidencePack(audit);
        assertThat(audit).isWaitingAt("Task_RecordStage1Audit");
        return audit;
    }

    private void recordStage1(ProcessInstance audit) {
        complete(PROJECT_MANAGER, task(audit, "Task_RecordStage1Audit"), "stage1AuditedOn",
                EngineClock.today().toString(), "stage1ReportReference", "CB report S1", "stage1Summary",
                "Ready for Stage 2 after corrections");
    }

    private ProcessInstance atStage2() {
        ProcessInstance audit = atStage1();
        recordStage1(audit);
        return audit;
    }

    private void recordStage2(ProcessInstance audit, String outcome) {
        complete(PROJECT_MANAGER, task(audit, "Task_RecordStage2Audit"), stage2(EngineClock.today(), outcome));
    }

    private TaskOutcome attemptStage2(ProcessInstance audit, LocalDate auditedOn, String outcome) {
        return attempt(PROJECT_MANAGER, task(audit, "Task_RecordStage2Audit"), stage2(auditedOn, outcome));
    }

    /** The Stage 2 form's values: the last day audited, the report and the certification body's outcome. */
    private static Object[] stage2(LocalDate auditedOn, String outcome) {
        return new Object[] {"stage2AuditedOn", auditedOn.toString(), "stage2ReportReference", "CB report S2",
                "stage2Outcome", outcome};
    }

    /** Recommended, certificate recorded; returns the surveillance cycle's instance. */
    private ProcessInstance certify(ProcessInstance audit, LocalDate issued) {
        recordStage2(audit, "recommended");
        complete(PROJECT_MANAGER, task(audit, "Task_RecordCertificate"), "certificateNumber", " ISMS-2027-0042 ",
                "certificateIssueDate", issued.toString());
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(project.id().toString()).singleResult();
    }

    /** Certified on the day, both surveillance audits recorded: the cycle waits for the recertification. */
    private ProcessInstance toRecertification(LocalDate issued) {
        ProcessInstance surveillance = certify(atStage2(), issued);
        for (int audit = 1; audit <= 2; audit++) {
            fireAtItsTime(timer(surveillance));
            recordSurveillanceAudit(surveillance);
        }
        fireAtItsTime(timer(surveillance));
        assertThat(surveillance).isWaitingAt("Task_PrepareRecertification");
        return surveillance;
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

    /** The corrective actions the audit's call activities run. */
    private List<ProcessInstance> calledCorrectiveActions(ProcessInstance audit) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CORRECTIVE_ACTION_PROCESS)
                .superProcessInstanceId(audit.getId()).orderByProcessInstanceId().asc().list();
    }

    /** Every running corrective action of the project, however started. */
    private List<ProcessInstance> correctiveActionsOfProject() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CORRECTIVE_ACTION_PROCESS)
                .processInstanceBusinessKey(project.id().toString()).list();
    }

    /** The corrective action a Stage 2 finding started on its own, after the certification body concluded. */
    private ProcessInstance stage2CorrectiveAction(CertificationFinding finding) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CORRECTIVE_ACTION_PROCESS)
                .processInstanceBusinessKey(project.id().toString()).variableValueEquals("findingSource", "STAGE2")
                .variableValueEquals("findingId", finding.id()).singleResult();
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

    private long runningAudits() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(project.id().toString()).count();
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

    /** The timer is not due a minute before its due date, is a minute after, and then fires. */
    private void fireAtItsTime(Job timer) {
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() - 60_000));
        assertThat(management.createJobQuery().jobId(timer.getId()).executable().count()).as("not due yet").isZero();
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
        assertThat(management.createJobQuery().jobId(timer.getId()).executable().count()).isEqualTo(1);
        management.executeJob(timer.getId());
    }

    private static void assertRefused(TaskOutcome outcome, String message) {
        assertThat(outcome.kind()).as(outcome.message()).isEqualTo(TaskOutcome.Kind.REFUSED);
        assertThat(outcome.message()).isEqualTo(message);
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
