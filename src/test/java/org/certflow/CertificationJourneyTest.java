package org.certflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.certflow.audit.Audit;
import org.certflow.audit.AuditExecution;
import org.certflow.audit.AuditProgramme;
import org.certflow.audit.Conformity;
import org.certflow.catalog.Standard;
import org.certflow.certification.DocumentedInformation;
import org.certflow.certification.DocumentedInformationRegister;
import org.certflow.certification.Readiness;
import org.certflow.certification.ReadinessReport;
import org.certflow.demo.ProjectWorker;
import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.project.NewProject;
import org.certflow.project.PhasePlan;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.project.ProjectStatus;
import org.certflow.project.SoaLine;
import org.certflow.project.StandardsScope;
import org.certflow.project.StartingPoint;
import org.certflow.project.StatementOfApplicability;
import org.certflow.review.DecisionTopic;
import org.certflow.review.ManagementReviews;
import org.certflow.review.NewDecision;
import org.certflow.review.ReviewDecisions;
import org.certflow.security.Role;
import org.certflow.test_support.ReadyForStageOne;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A dual-standard project from its creation to the certificate, every task completed through the task list by
 * the person who holds its role in the project: the four phases, and in the last one the full internal audit, the
 * management review and the certification audit, each the process of its feature.
 */
@SpringTest
class CertificationJourneyTest {

    private static final Set<String> APPLICABLE = Set.of("ISO27001:5.1", "ISO42001:A.2.2");

    @Autowired
    ProjectService projects;
    @Autowired
    StatementOfApplicability soa;
    @Autowired
    Decisions decisions;
    @Autowired
    ProjectWorker worker;
    @Autowired
    HistoryService history;
    @Autowired
    AuditProgramme programme;
    @Autowired
    AuditExecution execution;
    @Autowired
    ManagementReviews reviews;
    @Autowired
    ReviewDecisions reviewDecisions;
    @Autowired
    Readiness readiness;
    @Autowired
    DocumentedInformationRegister register;
    @Autowired
    ReadyForStageOne ready;

    private long id;
    private final LocalDate today = LocalDate.now();

    @Test
    void a_dual_standard_project_runs_from_gap_analysis_to_certification() {
        id = projects.create(new NewProject("Journey " + UUID.randomUUID(), "Journey Ltd", StandardsScope.BOTH,
                StartingPoint.NONE, "Everything", today, null, Map.of(
                        Role.PROJECT_MANAGER, Set.of("pia"), Role.CONTROL_OWNER, Set.of("colin", "carla"),
                        Role.RISK_OWNER, Set.of("rita"), Role.AI_GOVERNANCE_LEAD, Set.of("aiden"),
                        Role.INCIDENT_MANAGER, Set.of("ivan"), Role.INTERNAL_AUDITOR, Set.of("aude"),
                        Role.EXECUTIVE, Set.of("eva"))), "pia").id();

        completes("pia", "Task_DescribeScopeAndContext");
        completes("carla", "Task_InventoryInformationAssets");
        completes("aiden", "Task_InventoryAiSystems");
        completes("pia", "Task_MapDocumentation");
        decideApplicability();
        completes("pia", "Task_AssessApplicability");
        completes("pia", "Task_EstimateEffort");
        approves("pia", "Task_ApproveGapAnalysis");

        completes("pia", "Task_DraftSecurityPolicy");
        completes("aiden", "Task_DraftAiPolicy");
        approves("eva", "Task_ApproveSecurityPolicy");
        approves("eva", "Task_ApproveAiPolicy");
        completes("rita", "Task_DefineRiskAssessmentMethod");
        completes("aiden", "Task_DefineAiImpactAssessmentMethod");
        completes("pia", "Task_DefineRolesAndResponsibilities");
        approves("pia", "Task_ApprovePolicyAndFramework");

        assertThat(worker.open(id, "Task_ImplementControl")).extracting(t -> t.getAssignee())
                .containsExactlyInAnyOrder("colin", "carla");
        completes(worker.open(id, "Task_ImplementControl").get(0).getAssignee(), "Task_ImplementControl");
        completes(worker.open(id, "Task_ImplementControl").get(0).getAssignee(), "Task_ImplementControl");
        approves("pia", "Task_ReviewControlImplementation");
        approves("pia", "Task_ReviewControlImplementation");
        ready.assessRisks(projects.get(id));
        completes("rita", "Task_AssessRisks");
        completes("aiden", "Task_AssessAiImpact");
        completes("pia", "Task_FinalizeStatementOfApplicability");
        approves("pia", "Task_ApproveControlImplementation");

        Audit audit = programme.audits(id).get(0);
        assertThat(programme.scope(audit)).hasSize(32 + APPLICABLE.size());
        recordAllConforming(audit);
        completes("aude", "Task_CarryOutAudit", Map.of("auditConclusion", "Both systems conform and are effective."));
        completes("pia", "Task_PrepareManagementReview", Map.of("managementReviewDate", today.toString()));
        reviewDecisions.record(reviews.ofProject(id).get(0).id(), new NewDecision(DecisionTopic.RESOURCES,
                "A second internal auditor for next year's programme", "pia", today.plusMonths(2)), "eva");
        assertThat(worker.complete(id, "Task_DecideManagementReview", Map.of("decideManagementReviewDecision",
                "approve", "nextReviewDate", today.plusYears(1).toString()))).isEqualTo("eva");

        assertThat(readiness.latest(id).orElseThrow().failed()).extracting(ReadinessReport.Line::requirement)
                .allMatch(requirement -> requirement.endsWith("mandatory documented information"));
        ready.registerMandatoryDocuments(projects.get(id));
        completes("pia", "Task_ReviewReadiness", Map.of("readinessNotes", "Register completed by hand."));
        assertThat(readiness.latest(id).orElseThrow().isReady()).as("checked again on completion").isTrue();
        completes("pia", "Task_ArrangeAuditLogistics", Map.of("certificationBody", "Example Certification Ltd",
                "leadAuditor", "Lena Lind", "auditedSites", "Everything", "stage1Date", today.plusDays(30).toString(),
                "stage2Date", today.plusDays(60).toString()));
        completes("pia", "Task_SendEvidencePack", Map.of("evidencePackSentOn", today.toString(),
                "evidencePackSentTo", "lena.lind@example-cert.test"));
        completes("pia", "Task_RecordStage1Audit", Map.of("stage1AuditedOn", today.toString(),
                "stage1ReportReference", "ECL Stage 1 report"));
        completes("pia", "Task_RecordStage2Audit", Map.of("stage2AuditedOn", today.toString(),
                "stage2ReportReference", "ECL Stage 2 report", "stage2Outcome", "recommended"));
        completes("pia", "Task_RecordCertificate", Map.of("certificateNumber", "ECL-2027-0815",
                "certificateIssueDate", today.toString()));
        approves("pia", "Task_ApproveAuditAndCertification");

        Project project = projects.get(id);
        assertThat(project.status()).isEqualTo(ProjectStatus.CERTIFIED);
        assertThat(project.certificateNumber()).isEqualTo("ECL-2027-0815");
        assertThat(project.phases()).allSatisfy(phase -> {
            assertThat(phase.actualStart()).isNotNull();
            assertThat(phase.actualEnd()).isNotNull();
        });
        assertThat(project.phases()).extracting(PhasePlan::actualEnd).isSorted();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(project.processInstanceId())
                .finished().count()).isEqualTo(1);
        assertThat(soa.summary(id).get(Standard.ISO27001).implemented()).isEqualTo(1);
        assertThat(soa.summary(id).get(Standard.ISO42001).implemented()).isEqualTo(1);
        assertThat(decisions.of(id)).filteredOn(d -> d.taskId().equals("Task_ApproveAiPolicy"))
                .singleElement().satisfies(d -> {
                    assertThat(d.decidedBy()).isEqualTo("eva");
                    assertThat(d.outcome()).isEqualTo("approve");
                    assertThat(d.decidedAt()).isNotNull();
                });
        assertThat(decisions.of(id)).extracting(Decision::decidedBy).containsOnly("pia", "eva", "aiden", "rita");
        assertThat(register.entries(id)).filteredOn(entry -> List.of("9.2", "9.3").contains(entry.clause()))
                .extracting(DocumentedInformation::clause, DocumentedInformation::approvedBy)
                .containsExactlyInAnyOrder(tuple("9.2", "aude"), tuple("9.3", "eva"));
    }

    private void decideApplicability() {
        for (SoaLine line : soa.lines(id)) {
            boolean applicable = APPLICABLE.contains(line.controlKey());
            soa.decide(line.id(), applicable, applicable ? "Treats a risk in the register." : "Out of scope here.",
                    line.standard() == Standard.ISO27001 ? "colin" : "carla");
        }
    }

    private void completes(String expectedWorker, String taskKey) {
        completes(expectedWorker, taskKey, Map.of());
    }

    private void completes(String expectedWorker, String taskKey, Map<String, ?> values) {
        assertThat(worker.complete(id, taskKey, values)).as(taskKey).isEqualTo(expectedWorker);
    }

    /** The auditor records a result for every requirement on the audit's page. */
    private void recordAllConforming(Audit audit) {
        audit.results().forEach(result -> execution.recordResult(audit.id(), result.requirement(),
                Conformity.CONFORMING, "Sampled records and interviews", "aude"));
    }

    private void approves(String expectedWorker, String taskKey) {
        assertThat(worker.approve(id, taskKey)).as(taskKey).isEqualTo(expectedWorker);
    }
}
