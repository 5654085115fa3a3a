package org.certflow.project.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.project.Phase;
import org.certflow.project.PhasePlan;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SpringTest
class CertificationProjectProcessTest extends ProcessTestSupport {

    @Autowired
    FormService forms;

    @Test
    void new_project_calls_its_gap_analysis_with_the_project_as_business_key_and_its_variables() {
        Project project = newProject(StandardsScope.BOTH);

        ProcessInstance certification = certificationOf(project);

        assertThat(certification).isWaitingAt("CallActivity_GapAnalysis");
        ProcessInstance gap = calledProcessInstance(Phase.GAP_ANALYSIS.processKey(), certification);
        assertThat(gap.getBusinessKey()).isEqualTo(String.valueOf(project.id()));
        assertThat(gap).variables().containsEntry("projectId", project.id()).containsEntry("includes27001", true)
                .containsEntry("includes42001", true);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(project.id()))
                .processDefinitionKey(Phase.GAP_ANALYSIS.processKey()).count()).isEqualTo(1);
    }

    @Test
    void each_approved_phase_gate_starts_the_next_phase_until_the_project_is_complete() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        ProcessInstance certification = certificationOf(project);

        approveAtGate(certification, Phase.GAP_ANALYSIS, "Task_ApproveGapAnalysis");
        assertThat(certification).isWaitingAt("CallActivity_PolicyAndFramework");
        approveAtGate(certification, Phase.POLICY_AND_FRAMEWORK, "Task_ApprovePolicyAndFramework");
        assertThat(certification).isWaitingAt("CallActivity_ControlImplementation");
        approveAtGate(certification, Phase.CONTROL_IMPLEMENTATION, "Task_ApproveControlImplementation");
        assertThat(certification).isWaitingAt("CallActivity_AuditAndCertification");
        approveAtGate(certification, Phase.AUDIT_AND_CERTIFICATION, "Task_ApproveAuditAndCertification",
                "certificationOutcome", "certified");

        assertThat(certification).hasPassed("EndEvent_ProjectCompleted").isEnded();
        assertThat(projects.get(project.id()).phases()).allSatisfy(phase -> {
            assertThat(phase.actualStart()).as(phase.phase().label()).isNotNull();
            assertThat(phase.actualEnd()).as(phase.phase().label()).isNotNull();
        });
    }

    @Test
    void task_forms_are_deployed_with_the_processes() throws IOException {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        ProcessInstance gap = calledProcessInstance(Phase.GAP_ANALYSIS.processKey(), certificationOf(project));

        try (InputStream form = forms.getDeployedTaskForm(task(gap, "Task_DescribeScopeAndContext").getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"id\": \"DescribeScopeAndContext\"", "\"key\": \"scopeStatement\"");
        }
    }

    private ProcessInstance certificationOf(Project project) {
        return runtime.createProcessInstanceQuery().processInstanceId(projects.get(project.id()).processInstanceId())
                .singleResult();
    }

    /**
     * Moves the running phase straight to its gate (each phase's own test walks the way there) and approves it,
     * checking first that the phase runs under the project's business key and has been recorded as started.
     */
    private void approveAtGate(ProcessInstance certification, Phase phase, String gate, Object... variables) {
        ProcessInstance running = calledProcessInstance(phase.processKey(), certification);
        assertThat(running.getBusinessKey()).isEqualTo(certification.getBusinessKey());
        PhasePlan plan = projects.get(projectId(certification)).phase(phase);
        assertThat(plan.actualStart()).isNotNull();
        var modification = runtime.createProcessInstanceModification(running.getId()).startBeforeActivity(gate);
        ActivityInstance root = runtime.getActivityInstance(running.getId());
        for (ActivityInstance waiting : root.getChildActivityInstances()) {
            modification.cancelActivityInstance(waiting.getId());
        }
        modification.execute();
        Map<String, Object> answers = values(variables);
        answers.put(DecisionKeys.of(gate).decision(), "approve");
        completeAs(PROJECT_MANAGER, task(running, gate), answers);
        assertThat(running).isEnded();
    }

    private static long projectId(ProcessInstance certification) {
        return Long.parseLong(certification.getBusinessKey());
    }
}
