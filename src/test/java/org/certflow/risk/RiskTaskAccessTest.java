package org.certflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.test_support.TaskAccess.assertHeldBy;
import static org.certflow.test_support.TaskAccess.assertOutsideRoles;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.test_support.SpringTest;
import org.certflow.test_support.TaskAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A risk's review is its owner's alone, and the acceptance of a residual risk above the appetite the executive's,
 * through /engine-rest as in the task list.
 */
@SpringTest
class RiskTaskAccessTest extends RiskTestSupport {

    @Autowired
    TaskAccess access;

    private Risk leak;
    private Task review;

    /** Entered with a residual risk of 3 x 4 = 12, above the appetite of 6: reviewed at once by its owner, Rita. */
    @BeforeEach
    void ritasRiskUnderReview() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 3, 4, RISK_OWNER));
        review = taskFor("Task_ReviewRisk", leak);
    }

    @Test
    void the_review_is_assigned_to_the_owner_and_her_fellow_risk_owner_finds_it_only_through_the_api() {
        assertThat(review.getAssignee()).isEqualTo(RISK_OWNER);
        assertThat(access.as(RISK_OWNER).restTaskIds(review.getProcessInstanceId())).containsExactly(review.getId());
        assertThat(access.as(RISK_OWNER).listed(review.getId())).isTrue();
        // the API lists every task of the caller's project roles; the task list leaves out those someone holds
        assertThat(access.as(OTHER_RISK_OWNER).restTaskIds(review.getProcessInstanceId()))
                .containsExactly(review.getId());
        assertThat(access.as(OTHER_RISK_OWNER).listed(review.getId())).isFalse();
        assertThat(access.outsider().restTaskCount(review.getProcessInstanceId())).isZero();
    }

    @Test
    void the_fellow_risk_owner_cannot_complete_the_owners_review() {
        Map<String, Object> before = tasks.getVariables(review.getId());
        Map<String, Object> answers = variables(review(4, 4, 1, 1));
        TaskAccess.Caller sam = access.as(OTHER_RISK_OWNER);

        ResponseEntity<Map> completed = sam.restComplete(review.getId(), answers);
        ResponseEntity<Map> submitted = sam.restPost(review.getId(), "submit-form", Map.of("variables", Map.of()));
        TaskOutcome inTaskList = sam.complete(review.getId(), answers);

        assertHeldBy(completed, "Rita Rossi");
        assertHeldBy(submitted, "Rita Rossi");
        assertThat(inTaskList.kind()).isEqualTo(TaskOutcome.Kind.CLAIMED_BY_OTHER);
        assertThat(inTaskList.message()).isEqualTo("Rita Rossi has claimed this task.");
        assertThat(taskFor("Task_ReviewRisk", leak).getAssignee()).isEqualTo(RISK_OWNER);
        assertThat(tasks.getVariables(review.getId())).isEqualTo(before);
    }

    /** Camunda ends a task on a BPMN error no model catches: the review, its process and the risk's review with it. */
    @Test
    void nobody_ends_the_review_by_signalling_an_error_or_escalation_on_it() {
        Map<String, Object> before = tasks.getVariables(review.getId());

        List<ResponseEntity<Map>> signalled = List.of(
                access.as(OTHER_RISK_OWNER).restPost(review.getId(), "bpmnError", Map.of("errorCode", "reviewed")),
                access.as(RISK_OWNER).restPost(review.getId(), "bpmnError", Map.of("errorCode", "reviewed")),
                access.as(OTHER_RISK_OWNER).restPost(review.getId(), "bpmnEscalation",
                        Map.of("escalationCode", "reviewed")));

        for (ResponseEntity<Map> refused : signalled) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("message")).isEqualTo("A task is finished by completing it: no process "
                    + "of CertFlow handles an error or escalation signalled on a task.");
        }
        assertThat(taskFor("Task_ReviewRisk", leak).getAssignee()).isEqualTo(RISK_OWNER);
        assertThat(tasks.getVariables(review.getId())).isEqualTo(before);
        assertThat(reviews.underReview(leak.projectId())).containsExactly(leak.id());
    }

    @Test
    void only_the_executive_finds_and_accepts_the_residual_risk() {
        completeAs(RISK_OWNER, review, review(4, 4, 3, 4));
        completeAs(RISK_OWNER, taskFor("Task_ApproveTreatmentPlan", leak), "approveTreatmentPlanDecision", "approve");
        Task acceptance = taskFor("Task_AcceptResidualRisk", leak);
        Map<String, String> accept = Map.of("acceptResidualRiskDecision", "approve",
                "acceptedUntil", EngineClock.today().plusMonths(3).toString());

        for (String other : List.of(PROJECT_MANAGER, RISK_OWNER)) {
            assertThat(access.as(other).restTaskIds(acceptance.getProcessInstanceId())).isEmpty();
            assertOutsideRoles(access.as(other).restComplete(acceptance.getId(), accept), other);
            assertThat(access.as(other).complete(acceptance.getId(), accept).kind())
                    .isEqualTo(TaskOutcome.Kind.NOT_ALLOWED);
        }
        assertThat(register.get(leak.id()).acceptedUntil()).isNull();

        assertThat(access.as(EXECUTIVE).restTaskIds(acceptance.getProcessInstanceId()))
                .containsExactly(acceptance.getId());
        assertThat(access.as(EXECUTIVE).restComplete(acceptance.getId(), accept).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(register.get(leak.id()).acceptedBy()).isEqualTo(EXECUTIVE);
    }
}
