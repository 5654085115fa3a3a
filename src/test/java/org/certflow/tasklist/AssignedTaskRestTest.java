package org.certflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.certflow.project.Project;
import org.certflow.security.DemoUsers;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A task someone holds is theirs alone, through /engine-rest as in the task list: the others of its role can
 * neither complete it, nor give it back for them, nor take it over or hand it on, nor add people to it.
 */
@SpringTest
class AssignedTaskRestTest {

    private static final Map<String, Object> REVIEW = Map.of(
            "reviewNotes", Map.of("value", "Checked every control."), "reviewOutcome", Map.of("value", "partly"),
            "ready", Map.of("value", true));
    private static final Map<String, Object> REVIEW_ENTRIES = Map.of(
            "reviewNotes", "Checked every control.", "reviewOutcome", "partly", "ready", true);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskListService taskList;

    @RegisterExtension
    static TasklistTestProjects projects = new TasklistTestProjects();

    String review;

    /** colin and carla are the project's control owners; colin has claimed the review. */
    @BeforeEach
    void colinClaimsTheReview() {
        Project project = projects.create("colin", "carla");
        review = projects.task(project, "Task_ReviewControls").getId();
        assertThat(post("colin", "/claim", Map.of("userId", "colin")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void another_person_of_the_role_cannot_complete_a_claimed_task() {
        ResponseEntity<Map> refused = post("carla", "/complete", Map.of("variables", REVIEW));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("message"))
                .isEqualTo("This task is assigned to Colin Ortega: only they can work on it or give it back.");
        assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isEqualTo("colin");
        assertThat(tasks.getVariables(review)).doesNotContainKey("reviewNotes");
    }

    @Test
    void another_person_of_the_role_cannot_give_it_back_take_it_over_or_add_people() {
        Map<String, Object> giveBack = new HashMap<>();
        giveBack.put("userId", null);

        assertThat(post("carla", "/claim", giveBack).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("carla", "/unclaim", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("carla", "/assignee", Map.of("userId", "carla")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("carla", "/delegate", Map.of("userId", "carla")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("carla", "/identity-links", Map.of("userId", "carla", "type", "candidate"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isEqualTo("colin");
        assertThat(tasks.getIdentityLinksForTask(review)).extracting(IdentityLink::getUserId)
                .containsOnly(null, "colin");
    }

    @Test
    void the_holder_cannot_hand_the_task_to_someone_else_but_gives_it_back_to_the_role() {
        assertThat(post("colin", "/assignee", Map.of("userId", "carla")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> giveBack = new HashMap<>();
        giveBack.put("userId", null);

        assertThat(post("colin", "/claim", giveBack).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isNull();
        assertThat(post("carla", "/claim", Map.of("userId", "carla")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("carla", "/complete", Map.of("variables", REVIEW)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(review).count()).isZero();
    }

    @Test
    void in_the_task_list_the_holder_gives_it_back_and_the_other_completes_it() {
        assertThat(taskList.complete("carla", review, REVIEW_ENTRIES).kind())
                .isEqualTo(TaskOutcome.Kind.CLAIMED_BY_OTHER);
        assertThat(taskList.unclaim("colin", review).kind()).isEqualTo(TaskOutcome.Kind.DONE);

        assertThat(taskList.complete("carla", review, REVIEW_ENTRIES).kind()).isEqualTo(TaskOutcome.Kind.DONE);
        assertThat(tasks.createTaskQuery().taskId(review).count()).isZero();
    }

    private ResponseEntity<Map> post(String username, String path, Map<String, Object> body) {
        return rest.withBasicAuth(username, DemoUsers.PASSWORD).exchange("/engine-rest/task/{id}" + path,
                HttpMethod.POST, new HttpEntity<>(body), Map.class, review);
    }
}
