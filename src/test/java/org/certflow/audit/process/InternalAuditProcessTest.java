package org.certflow.audit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.audit.Audit;
import org.certflow.audit.AuditStatus;
import org.certflow.audit.AuditTestSupport;
import org.certflow.audit.Conformity;
import org.certflow.audit.Finding;
import org.certflow.audit.FindingGrade;
import org.certflow.project.Project;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

@SpringTest
class InternalAuditProcessTest extends AuditTestSupport {

    private static final String CONCLUSION = "The AI management system conforms and is maintained.";

    private Audit audit;
    private ProcessInstance process;

    @BeforeEach
    void planAudit() {
        Project project = newProject();
        audit = plan(project, AUDITOR, Set.of("9"), Set.of("ISO42001:A.2.2"));
        process = runtime.createProcessInstanceQuery().processInstanceId(audit.processInstanceId()).singleResult();
    }

    @Test
    void the_audit_waits_for_its_auditor() {
        assertThat(process).isWaitingAt("Task_CarryOutAudit");
        assertThat(task(process.getId(), "Task_CarryOutAudit")).isAssignedTo(AUDITOR);
    }

    @Test
    void the_task_is_not_completed_while_a_requirement_has_no_result() {
        execution.recordResult(audit.id(), "clause:9.1", Conformity.CONFORMING, null, AUDITOR);

        TaskOutcome outcome = complete(AUDITOR, task(process.getId(), "Task_CarryOutAudit"),
                "auditConclusion", CONCLUSION);

        assertThat(outcome.kind()).isEqualTo(TaskOutcome.Kind.REFUSED);
        assertThat(outcome.message()).isEqualTo("Record a result for every requirement in the scope first: 6 have "
                + "none yet (Clause 9.2.1, Clause 9.2.2, Clause 9.3.1 and 3 more).");
        assertThat(process).isWaitingAt("Task_CarryOutAudit");
        assertThat(programme.get(audit.id()).status()).isEqualTo(AuditStatus.IN_PROGRESS);
    }

    @Test
    void a_nonconforming_requirement_needs_its_nonconformity_before_the_audit_completes() {
        recordAllConformingBut(audit, Map.of("clause:9.3.2", Conformity.NONCONFORMING));

        TaskOutcome outcome = complete(AUDITOR, task(process.getId(), "Task_CarryOutAudit"),
                "auditConclusion", CONCLUSION);

        assertThat(outcome.message()).isEqualTo("Clause 9.3.2: nonconforming, but no nonconformity is recorded. "
                + "Record each as a finding with its owner.");
        assertThat(process).isWaitingAt("Task_CarryOutAudit");
    }

    @Test
    void the_completed_audit_keeps_its_conclusion_and_its_results_are_final() {
        recordAllConformingBut(audit, Map.of("clause:9.1", Conformity.NOT_AUDITED));

        TaskOutcome outcome = complete(AUDITOR, task(process.getId(), "Task_CarryOutAudit"),
                "auditConclusion", CONCLUSION);

        assertThat(outcome.isDone()).isTrue();
        assertThat(process).hasPassed("Task_RecordAuditCompletion", "EndEvent_AuditCompleted").isEnded();
        Audit completed = programme.get(audit.id());
        assertThat(completed.status()).isEqualTo(AuditStatus.COMPLETED);
        assertThat(completed.conclusion()).isEqualTo(CONCLUSION);
        assertThat(completed.completedAt()).isNotNull();
        assertThatThrownBy(() -> execution.recordResult(audit.id(), "clause:9.1", Conformity.CONFORMING, null,
                AUDITOR)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("The audit is completed: its results are final.");
    }

    @Test
    void an_audit_with_a_nonconformity_completes_while_its_corrective_action_goes_on() {
        Finding finding = raise(audit, "clause:9.3.2", FindingGrade.MINOR_NONCONFORMITY, PROJECT_MANAGER);
        recordAllConformingBut(audit, Map.of("clause:9.3.2", Conformity.NONCONFORMING));

        assertThat(complete(AUDITOR, task(process.getId(), "Task_CarryOutAudit"), "auditConclusion", CONCLUSION)
                .isDone()).isTrue();

        assertThat(process).isEnded();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(finding.processInstanceId())
                .singleResult()).isWaitingAt("Task_AnalyseRootCause");
    }
}
