package org.certflow.tasklist.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.test_support.NewProjectBuilder.aProject;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.project.StandardsScope;
import org.certflow.security.DemoUsers;
import org.certflow.security.Role;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A completion through /engine-rest is held to the task's form as the task page is. */
@SpringTest
class FormRulesRestTest {

    private static final String SCOPE_TASK = "Task_DescribeScopeAndContext";
    private static final String INTERNAL_ISSUES = "Internal issues (4.1): strategy, structure, culture, capabilities, "
            + "existing certifications";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProjectService projects;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    @Test
    void completing_a_task_without_its_required_fields_is_refused_naming_them_and_changes_nothing() {
        Task task = scopeTask(newProject());

        ResponseEntity<Map> refused = complete(task, Map.of(
                "externalIssues", Map.of("value", "New regulation in our market."),
                "scopeStatement", Map.of("value", "   ")));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).startsWith("Please correct: " + INTERNAL_ISSUES
                + ": please fill this in.").contains("Scope statement (4.3), as it should appear on the "
                + "certificate: please fill this in.").doesNotContain("External issues");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(runtime.getVariables(task.getProcessInstanceId()))
                .doesNotContainKeys("externalIssues", "scopeStatement");
    }

    @Test
    void a_value_of_the_wrong_kind_is_refused_with_what_is_wrong() {
        Task task = scopeTask(newProject());
        Map<String, Object> variables = completeScope();
        variables.put("climateChangeRelevant", Map.of("value", "yes"));

        ResponseEntity<Map> refused = complete(task, variables);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message")).isEqualTo("Please correct: Climate change is a relevant issue "
                + "(4.1, amendment 1:2024): tick or clear the box.");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void a_completion_that_keeps_the_rules_completes_the_task() {
        Task task = scopeTask(newProject());

        ResponseEntity<Map> completed = complete(task, completeScope());

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        assertThat(runtime.getVariable(task.getProcessInstanceId(), "scopeStatement"))
                .isEqualTo("The analytics platform, run from Leeds.");
    }

    private Project newProject() {
        return projects.create(aProject().uniqueName("Form rules").standards(StandardsScope.ISO27001_ONLY)
                .people(Role.CONTROL_OWNER, "colin").build(), "pia");
    }

    private Task scopeTask(Project project) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(project.id()))
                .taskDefinitionKey(SCOPE_TASK).singleResult();
    }

    /** Every required field of the scope form, as a REST client sends them. */
    private static Map<String, Object> completeScope() {
        Map<String, Object> variables = new HashMap<>();
        for (String key : new String[] {"externalIssues", "internalIssues", "interestedParties", "scopeBoundaries"}) {
            variables.put(key, Map.of("value", "Described for " + key + "."));
        }
        variables.put("scopeStatement", Map.of("value", "The analytics platform, run from Leeds."));
        variables.put("climateChangeRelevant", Map.of("value", true));
        return variables;
    }

    private ResponseEntity<Map> complete(Task task, Map<String, Object> variables) {
        return rest.withBasicAuth("pia", DemoUsers.PASSWORD).postForEntity("/engine-rest/task/{id}/complete",
                Map.of("variables", variables), Map.class, task.getId());
    }
}
