package org.certflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.test_support.TaskAccess.assertHeldBy;
import static org.certflow.test_support.TaskAccess.assertOutsideRoles;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.test_support.SpringTest;
import org.certflow.test_support.TaskAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The check of a corrective action's effectiveness is its verifier's alone: neither another internal auditor of
 * the project nor the finding's owner works it, through /engine-rest or the task list.
 */
@SpringTest
class CorrectiveActionTaskAccessTest extends AuditTestSupport {

    /** As {@link AuditTestSupport} creates her. */
    private static final String TESS_PASSWORD = "test";
    private static final Map<String, String> EFFECTIVE = Map.of("checkEffectivenessDecision", "approve");

    @Autowired
    TaskAccess access;

    private Task check;

    /** Carla's nonconformity, found by Aude, corrected by Carla: waiting for Aude's check. */
    @BeforeEach
    void correctedNonconformity() {
        Audit audit = plan(newProject(), AUDITOR, Set.of("9"), Set.of("ISO42001:A.6.2.4"));
        String process = raise(audit, "ISO42001:A.6.2.4", FindingGrade.MINOR_NONCONFORMITY, OTHER_CONTROL_OWNER)
                .processInstanceId();
        complete(OTHER_CONTROL_OWNER, task(process, "Task_AnalyseRootCause"), "rootCause", "No check.");
        complete(OTHER_CONTROL_OWNER, task(process, "Task_PlanCorrectiveAction"), "actionPlan", "Checklist.");
        complete(OTHER_CONTROL_OWNER, task(process, "Task_ImplementCorrectiveAction"), "actionTaken", "Done.");
        check = task(process, "Task_CheckEffectiveness");
    }

    @Test
    void another_internal_auditor_cannot_check_the_verifiers_action() {
        Map<String, Object> before = tasks.getVariables(check.getId());
        TaskAccess.Caller tess = access.as(TESS, TESS_PASSWORD);

        ResponseEntity<Map> refused = tess.restComplete(check.getId(), EFFECTIVE);
        ResponseEntity<Map> ended = tess.restPost(check.getId(), "bpmnError", Map.of("errorCode", "effective"));

        assertHeldBy(refused, "Aude Auclair");
        assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tess.complete(check.getId(), EFFECTIVE).kind()).isEqualTo(TaskOutcome.Kind.CLAIMED_BY_OTHER);
        assertUntouched(before);
    }

    @Test
    void the_findings_owner_neither_finds_nor_checks_their_own_action() {
        Map<String, Object> before = tasks.getVariables(check.getId());
        TaskAccess.Caller carla = access.as(OTHER_CONTROL_OWNER);

        ResponseEntity<Map> refused = carla.restComplete(check.getId(), EFFECTIVE);

        assertThat(carla.restTaskIds(check.getProcessInstanceId())).isEmpty();
        assertOutsideRoles(refused, OTHER_CONTROL_OWNER);
        assertThat(carla.complete(check.getId(), EFFECTIVE).kind()).isEqualTo(TaskOutcome.Kind.NOT_ALLOWED);
        assertThat(access.outsider().restTaskCount(check.getProcessInstanceId())).isZero();
        assertUntouched(before);
        assertThat(access.as(AUDITOR).restComplete(check.getId(), EFFECTIVE).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private void assertUntouched(Map<String, Object> variablesBefore) {
        assertThat(task(check.getProcessInstanceId(), "Task_CheckEffectiveness").getAssignee()).isEqualTo(AUDITOR);
        assertThat(tasks.getVariables(check.getId())).isEqualTo(variablesBefore);
    }
}
