package org.certflow.test_support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.certflow.security.DemoUsers;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.certflow.tasklist.TaskItem;
import org.certflow.tasklist.TaskListService;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.tasklist.TaskScope;
import org.certflow.tasklist.TaskSort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What one person finds and may do with the tasks of a process, asked every way they could ask: /engine-rest with
 * HTTP Basic, as an API client would, and the task list. For the tests of the rule "a user sees and completes only
 * the tasks of their roles in their projects; a task assigned to someone is worked only by them".
 */
@Component
public class TaskAccess {

    /** Signs in and may be named for any role, but holds none in any project. */
    public static final String OUTSIDER = "nora";

    private final TestRestTemplate rest;
    private final TaskListService taskList;
    private final People people;

    TaskAccess(@Lazy TestRestTemplate rest, TaskListService taskList, People people) {
        this.rest = rest;
        this.taskList = taskList;
        this.people = people;
    }

    /** The person signed in with the demo password. */
    public Caller as(String username) {
        return as(username, DemoUsers.PASSWORD);
    }

    public Caller as(String username, String password) {
        return new Caller(username, password);
    }

    /** {@link #OUTSIDER}, created on first use: in every role's global group, which grants no task. */
    public Caller outsider() {
        if (people.find(OUTSIDER).isEmpty()) {
            people.createUser(OUTSIDER, "Nora", "Outside", "nora@test.certflow.org", DemoUsers.PASSWORD);
            Arrays.stream(Role.values()).forEach(role -> people.addToGroup(OUTSIDER, role.groupId()));
        }
        return as(OUTSIDER);
    }

    /** Asserts Camunda's refusal of work on a task outside the caller's project roles: 403, no TASK_WORK on it. */
    public static void assertOutsideRoles(ResponseEntity<Map> refused, String username) {
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).containsEntry("type", "AuthorizationException");
        assertThat((String) refused.getBody().get("message")).startsWith("The user with id '" + username
                + "' does not have one of the following permissions: 'TASK_WORK' permission on resource");
    }

    /** Asserts the refusal of work on a task of the caller's role that this person holds: 403, naming them. */
    public static void assertHeldBy(ResponseEntity<Map> refused, String holderName) {
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).containsEntry("type", "NotYourTaskException").containsEntry("message",
                "This task is assigned to " + holderName + ": only they can work on it or give it back.");
    }

    /** One signed-in person. */
    public final class Caller {

        private final String username;
        private final TestRestTemplate signedIn;

        private Caller(String username, String password) {
            this.username = username;
            this.signedIn = rest.withBasicAuth(username, password);
        }

        /** The open tasks of the process instance this person finds with {@code GET /engine-rest/task}. */
        public List<String> restTaskIds(String processInstanceId) {
            ResponseEntity<List> found = signedIn.getForEntity("/engine-rest/task?processInstanceId={id}",
                    List.class, processInstanceId);
            ok(found);
            return ((List<?>) found.getBody()).stream().map(task -> (String) ((Map<?, ?>) task).get("id")).toList();
        }

        /** What {@code GET /engine-rest/task/count} answers this person for the process instance. */
        public long restTaskCount(String processInstanceId) {
            return count(signedIn.getForEntity("/engine-rest/task/count?processInstanceId={id}", Map.class,
                    processInstanceId));
        }

        /** What {@code GET /engine-rest/task/count} answers this person, whatever the process. */
        public long restTaskCount() {
            return count(signedIn.getForEntity("/engine-rest/task/count", Map.class));
        }

        /** Every open task this person finds with {@code GET /engine-rest/task}, whatever its process. */
        public List<?> allRestTasks() {
            ResponseEntity<List> found = signedIn.getForEntity("/engine-rest/task", List.class);
            ok(found);
            return found.getBody();
        }

        /** {@code POST /engine-rest/task/{id}/complete} with one variable per value. */
        public ResponseEntity<Map> restComplete(String taskId, Map<String, ?> values) {
            Map<String, Object> variables = new LinkedHashMap<>();
            values.forEach((name, value) -> variables.put(name, Collections.singletonMap("value", value)));
            return restPost(taskId, "complete", Map.of("variables", variables));
        }

        /** {@code POST /engine-rest/task/{id}/<action>} with this body, e.g. "bpmnError". */
        public ResponseEntity<Map> restPost(String taskId, String action, Map<String, ?> body) {
            return signedIn.postForEntity("/engine-rest/task/{id}/" + action, body, Map.class, taskId);
        }

        /** Whether the task list shows this person the task among their own and their roles' tasks. */
        public boolean listed(String taskId) {
            return taskList.page(username, TaskScope.MINE_AND_ROLES, TaskSort.DEFAULT, 0, 1000).stream()
                    .map(TaskItem::id).anyMatch(taskId::equals);
        }

        /** Completes the task through the task list, as this person. */
        public TaskOutcome complete(String taskId, Map<String, ?> values) {
            return taskList.complete(username, taskId, values);
        }

        private long count(ResponseEntity<Map> count) {
            ok(count);
            return ((Number) count.getBody().get("count")).longValue();
        }

        private void ok(ResponseEntity<?> response) {
            if (response.getStatusCode() != HttpStatus.OK) {
                throw new AssertionError(username + " got " + response.getStatusCode() + ": " + response.getBody());
            }
        }
    }
}
