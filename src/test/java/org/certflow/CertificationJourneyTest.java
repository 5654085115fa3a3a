package org.certflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.certflow.catalog.Standard;
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
import org.certflow.security.Role;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A dual-standard project from its creation to the certificate, every task completed through the task list by
 * the person who holds its role in the project.
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

    private long id;

    @Test
    void a_dual_standard_project_runs_from_gap_analysis_to_certification() {
        id = projects.create(new NewProject("Journey " + UUID.randomUUID(), "Journey Ltd", StandardsScope.BOTH,
                StartingPoint.NONE, "Everything", LocalDate.now(), null, Map.of(
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
        completes("rita", "Task_AssessRisks");
        completes("aiden", "Task_AssessAiImpact");
        completes("pia", "Task_FinalizeStatementOfApplicability");
        approves("pia", "Task_ApproveControlImplementation");

        completes("aude", "Task_ConductInternalAudit");
        completes("carla", "Task_TakeCorrectiveActions");
        approves("aude", "Task_VerifyCorrectiveActions");
        completes("pia", "Task_PrepareManagementReview");
        approves("eva", "Task_DecideManagementReview");
        completes("pia", "Task_RecordStage1Outcome");
        completes("pia", "Task_RecordStage2Outcome");
        completes("pia", "Task_RecordCertificationDecision");
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
        assertThat(decisions.of(id)).extracting(Decision::decidedBy).containsOnly("pia", "eva", "aude");
    }

    private void decideApplicability() {
        for (SoaLine line : soa.lines(id)) {
            boolean applicable = APPLICABLE.contains(line.controlKey());
            soa.decide(line.id(), applicable, applicable ? "Treats a risk in the register." : "Out of scope here.",
                    line.standard() == Standard.ISO27001 ? "colin" : "carla");
        }
    }

    private void completes(String expectedWorker, String taskKey) {
        assertThat(worker.complete(id, taskKey)).as(taskKey).isEqualTo(expectedWorker);
    }

    private void approves(String expectedWorker, String taskKey) {
        assertThat(worker.approve(id, taskKey)).as(taskKey).isEqualTo(expectedWorker);
    }
}
