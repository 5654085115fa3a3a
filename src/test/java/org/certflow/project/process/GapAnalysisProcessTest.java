package org.certflow.project.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.project.Phase;
import org.certflow.project.PhasePlan;
import org.certflow.project.Project;
import org.certflow.project.SoaLine;
import org.certflow.project.StandardsScope;
import org.certflow.security.Role;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SpringTest
class GapAnalysisProcessTest extends ProcessTestSupport {

    @Autowired
    Decisions decisions;

    @Test
    void new_project_starts_its_gap_analysis_with_scope_and_context_due_at_the_end_of_the_phase() {
        Project project = newProject(StandardsScope.BOTH);

        ProcessInstance gap = gapAnalysisOf(project);

        assertThat(gap).isWaitingAt("Task_DescribeScopeAndContext");
        assertThat(task(gap, "Task_DescribeScopeAndContext"))
                .hasCandidateGroup(groupOf(project, Role.PROJECT_MANAGER))
                .hasDueDate(plannedDue(project, Phase.GAP_ANALYSIS));
        PhasePlan phase = projects.get(project.id()).phase(Phase.GAP_ANALYSIS);
        assertThat(phase.actualStart()).isNotNull();
        assertThat(phase.actualEnd()).isNull();
    }

    @Test
    void ai_systems_are_inventoried_beside_the_information_assets_when_42001_is_in_scope() {
        Project project = newProject(StandardsScope.BOTH);
        ProcessInstance gap = gapAnalysisOf(project);

        completeAs(PROJECT_MANAGER, gap, "Task_DescribeScopeAndContext");

        assertThat(gap).isWaitingAt("Task_InventoryInformationAssets", "Task_InventoryAiSystems");
        assertThat(task(gap, "Task_InventoryInformationAssets"))
                .hasCandidateGroup(groupOf(project, Role.CONTROL_OWNER));
        assertThat(task(gap, "Task_InventoryAiSystems")).hasCandidateGroup(groupOf(project, Role.AI_GOVERNANCE_LEAD))
                .hasDueDate(plannedDue(project, Phase.GAP_ANALYSIS));
        completeAs(AI_LEAD, gap, "Task_InventoryAiSystems");
        assertThat(gap).isWaitingAt("Task_InventoryInformationAssets").isNotWaitingAt("Task_MapDocumentation");
        completeAs(CONTROL_OWNER, gap, "Task_InventoryInformationAssets");
        assertThat(gap).isWaitingAt("Task_MapDocumentation");
    }

    @Test
    void only_the_information_assets_are_inventoried_without_42001() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        ProcessInstance gap = gapAnalysisOf(project);

        completeAs(PROJECT_MANAGER, gap, "Task_DescribeScopeAndContext");

        assertThat(gap).isWaitingAt("Task_InventoryInformationAssets").isNotWaitingAt("Task_InventoryAiSystems");
        completeAs(CONTROL_OWNER, gap, "Task_InventoryInformationAssets");
        assertThat(gap).isWaitingAt("Task_MapDocumentation");
    }

    @Test
    void applicability_stays_open_until_every_control_has_a_decision_and_a_justification() {
        Project project = newProject(StandardsScope.ISO42001_ONLY);
        ProcessInstance gap = gapAnalysisOf(project);
        driveToApplicability(gap);

        assertThatThrownBy(() -> completeAs(PROJECT_MANAGER, gap, "Task_AssessApplicability"))
                .hasRootCauseInstanceOf(CompletionRefusedException.class)
                .hasRootCauseMessage("38 controls still need an applicability decision and a justification.");

        List<SoaLine> lines = soa.lines(project.id());
        lines.subList(1, lines.size()).forEach(l -> soa.decide(l.id(), false, "Outside the scope", null));
        assertThatThrownBy(() -> completeAs(PROJECT_MANAGER, gap, "Task_AssessApplicability"))
                .hasRootCauseMessage("1 control still needs an applicability decision and a justification.");
        assertThat(gap).isWaitingAt("Task_AssessApplicability");

        soa.decide(lines.get(0).id(), true, "Our AI policy", CONTROL_OWNER);
        completeAs(PROJECT_MANAGER, gap, "Task_AssessApplicability");
        assertThat(gap).isWaitingAt("Task_EstimateEffort");
    }

    @Test
    void approved_gap_analysis_ends_the_phase_and_records_who_approved_it() {
        Project project = newProject(StandardsScope.ISO42001_ONLY);
        ProcessInstance gap = gapAnalysisOf(project);
        driveToGate(project, gap);
        assertThat(task(gap, "Task_ApproveGapAnalysis")).hasCandidateGroup(groupOf(project, Role.PROJECT_MANAGER))
                .hasDueDate(plannedDue(project, Phase.GAP_ANALYSIS));

        Instant approvedAt = Instant.parse("2027-01-15T10:30:00Z");
        ClockUtil.setCurrentTime(Date.from(approvedAt));

        completeAs(PROJECT_MANAGER, gap, "Task_ApproveGapAnalysis", "approveGapAnalysisDecision", "approve");

        assertThat(gap).hasPassed("Task_RecordPhaseCompletion", "EndEvent_PhaseApproved").isEnded();
        assertThat(projects.get(project.id()).phase(Phase.GAP_ANALYSIS).actualEnd()).isEqualTo(approvedAt);
        assertThat(decisions.of(project.id())).singleElement().satisfies(decision -> {
            assertThat(decision.taskId()).isEqualTo("Task_ApproveGapAnalysis");
            assertThat(decision.subject()).isEqualTo("Approve gap analysis");
            assertThat(decision.outcome()).isEqualTo("approve");
            assertThat(decision.reason()).isNull();
            assertThat(decision.decidedBy()).isEqualTo(PROJECT_MANAGER);
            assertThat(decision.decidedAt()).isEqualTo(approvedAt);
        });
    }

    @Test
    void gap_analysis_sent_back_returns_to_scope_and_context() {
        Project project = newProject(StandardsScope.ISO42001_ONLY);
        ProcessInstance gap = gapAnalysisOf(project);
        driveToGate(project, gap);

        completeAs(PROJECT_MANAGER, gap, "Task_ApproveGapAnalysis", "approveGapAnalysisDecision", "sendBack",
                "approveGapAnalysisReason", "The scope leaves out the Lisbon site.");

        assertThat(gap).isWaitingAt("Task_DescribeScopeAndContext");
        assertThat(projects.get(project.id()).phase(Phase.GAP_ANALYSIS).actualEnd()).isNull();
        assertThat(decisions.of(project.id())).singleElement()
                .extracting(Decision::outcome, Decision::reason)
                .containsExactly("sendBack", "The scope leaves out the Lisbon site.");
    }

    @Test
    void sending_the_gap_analysis_back_without_a_reason_is_refused() {
        Project project = newProject(StandardsScope.ISO42001_ONLY);
        ProcessInstance gap = gapAnalysisOf(project);
        driveToGate(project, gap);

        assertThatThrownBy(() -> completeAs(PROJECT_MANAGER, gap, "Task_ApproveGapAnalysis",
                "approveGapAnalysisDecision", "sendBack", "approveGapAnalysisReason", " "))
                .hasRootCauseInstanceOf(CompletionRefusedException.class).rootCause()
                .hasMessageStartingWith("Give a reason");

        assertThat(gap).isWaitingAt("Task_ApproveGapAnalysis");
        assertThat(decisions.of(project.id())).isEmpty();
    }

    /** The gap analysis the project's own certification process called. */
    private ProcessInstance gapAnalysisOf(Project project) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(Phase.GAP_ANALYSIS.processKey())
                .processInstanceBusinessKey(String.valueOf(project.id())).singleResult();
    }

    private void driveToApplicability(ProcessInstance gap) {
        completeAs(PROJECT_MANAGER, gap, "Task_DescribeScopeAndContext");
        completeAs(AI_LEAD, gap, "Task_InventoryAiSystems");
        completeAs(CONTROL_OWNER, gap, "Task_InventoryInformationAssets");
        completeAs(PROJECT_MANAGER, gap, "Task_MapDocumentation");
    }

    private void driveToGate(Project project, ProcessInstance gap) {
        driveToApplicability(gap);
        decideApplicability(project, List.of("ISO42001:A.2.2"), CONTROL_OWNER);
        completeAs(PROJECT_MANAGER, gap, "Task_AssessApplicability");
        completeAs(PROJECT_MANAGER, gap, "Task_EstimateEffort");
    }
}
