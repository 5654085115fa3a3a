package org.certflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.certflow.project.Project;
import org.certflow.security.DemoUsers;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The same task rule holds for /engine-rest: Camunda's authorization sees the caller's project groups only. */
@SpringTest
class TaskCompletionRestTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;

    @RegisterExtension
    static TasklistTestProjects projects = new TasklistTestProjects();

    @Test
    void a_control_owner_finds_and_completes_their_task_through_engine_rest() {
        Project project = projects.create("colin");
        String review = projects.task(project, "Task_ReviewControls").getId();

        assertThat(taskIds("colin", project, "Task_ReviewControls")).containsExactly(review);
        ResponseEntity<String> completed = complete("colin", review, Map.of(
                "reviewNotes", Map.of("value", "Checked every control."), "reviewOutcome", Map.of("value", "partly"),
                "ready", Map.of("value", true)));

        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(review).count()).isZero();
    }

    @Test
    void a_control_owner_can_neither_see_nor_complete_the_executives_task() {
        Project project = projects.create("colin");
        String approve = projects.task(project, "Task_ApproveScope").getId();

        assertThat(taskIds("colin", project, "Task_ApproveScope")).isEmpty();
        ResponseEntity<String> refused = complete("colin", approve,
                Map.of("scopeDecision", Map.of("value", "approve")));

        assertThat(refused.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(tasks.createTaskQuery().taskId(approve).count()).isOne();
        assertThat(taskIds("eva", project, "Task_ApproveScope")).containsExactly(approve);
        assertThat(complete("eva", approve, Map.of("scopeDecision", Map.of("value", "approve"))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private List<Object> taskIds(String username, Project project, String taskDefinitionKey) {
        ResponseEntity<List> found = rest.withBasicAuth(username, DemoUsers.PASSWORD).getForEntity(
                "/engine-rest/task?processInstanceBusinessKey={key}&taskDefinitionKey={task}", List.class,
                project.id(), taskDefinitionKey);
        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        return found.getBody().stream().map(task -> ((Map<?, ?>) task).get("id")).toList();
    }

    private ResponseEntity<String> complete(String username, String taskId, Map<String, Object> variables) {
        return rest.withBasicAuth(username, DemoUsers.PASSWORD).postForEntity("/engine-rest/task/{id}/complete",
                Map.of("variables", variables), String.class, taskId);
    }
}
