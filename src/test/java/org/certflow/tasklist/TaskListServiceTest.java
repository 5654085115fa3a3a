package org.certflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Phase;
import org.certflow.project.Project;
import org.certflow.tasklist.TaskOutcome.Kind;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

@SpringTest
class TaskListServiceTest {

    @Autowired
    TaskListService taskList;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;

    @RegisterExtension
    static TasklistTestProjects projects = new TasklistTestProjects();

    @Test
    void control_owner_sees_their_projects_control_owner_task_but_not_the_executives_nor_another_projects() {
        Project own = projects.create("colin", "carla");
        Project other = projects.create("sam");

        List<String> visible = ids(taskList.page("colin", TaskScope.MINE_AND_ROLES, TaskSort.DEFAULT, 0, 1000));

        assertThat(visible).contains(projects.task(own, "Task_ReviewControls").getId())
                .doesNotContain(projects.task(own, "Task_ApproveScope").getId(),
                        projects.task(other, "Task_ReviewControls").getId());
        assertThat(taskList.count("colin", TaskScope.MINE_AND_ROLES)).isEqualTo(visible.size());
        assertThat(taskList.find("colin", projects.task(own, "Task_ApproveScope").getId())).isEmpty();
        assertThat(taskList.find("colin", projects.task(other, "Task_ReviewControls").getId())).isEmpty();
    }

    @Test
    void task_items_name_their_project_phase_and_whether_they_are_overdue() {
        Project project = projects.create("colin");

        TaskItem plan = item("pia", projects.task(project, "Task_PlanProject"));
        TaskItem context = item("pia", projects.task(project, "Task_DescribeContext"));
        TaskItem review = item("colin", projects.task(project, "Task_ReviewControls"));

        assertThat(plan.projectId()).isEqualTo(project.id());
        assertThat(plan.projectName()).isEqualTo(project.name());
        assertThat(plan.phase()).isNull();
        assertThat(plan.overdue()).isTrue();
        assertThat(context.phase()).isEqualTo(Phase.GAP_ANALYSIS);
        assertThat(context.projectName()).isEqualTo(project.name());
        assertThat(review.overdue()).isFalse();
        assertThat(review.name()).isEqualTo("Review the controls");
    }

    @Test
    void only_mine_lists_the_tasks_the_user_has_claimed() {
        Project project = projects.create("colin");
        String review = projects.task(project, "Task_ReviewControls").getId();
        assertThat(ids(taskList.page("colin", TaskScope.MINE, TaskSort.DEFAULT, 0, 1000))).doesNotContain(review);

        taskList.claim("colin", review);

        TaskItem claimed = item("colin", tasks.createTaskQuery().taskId(review).singleResult());
        assertThat(claimed.assigneeName()).isEqualTo("Colin Ortega");
        assertThat(ids(taskList.page("colin", TaskScope.MINE, TaskSort.DEFAULT, 0, 1000))).contains(review);
    }

    @Test
    void an_administrator_sees_no_project_task_they_do_not_hold_a_role_for() {
        Project project = projects.create("colin");

        assertThat(ids(taskList.page("admin", TaskScope.MINE_AND_ROLES, TaskSort.DEFAULT, 0, 1000)))
                .doesNotContain(projects.task(project, "Task_PlanProject").getId());
        assertThat(taskList.find("admin", projects.task(project, "Task_PlanProject").getId())).isEmpty();
        assertThat(taskList.claim("admin", projects.task(project, "Task_PlanProject").getId()).kind())
                .isEqualTo(Kind.NOT_ALLOWED);
    }

    @Test
    void pages_follow_the_chosen_order() {
        projects.create("colin");
        projects.create("colin");

        List<TaskItem> byName = taskList.page("pia", TaskScope.MINE_AND_ROLES,
                new TaskSort(TaskSort.By.NAME, false), 0, 1000);
        List<TaskItem> firstTwo = taskList.page("pia", TaskScope.MINE_AND_ROLES,
                new TaskSort(TaskSort.By.NAME, false), 0, 2);

        assertThat(byName).extracting(TaskItem::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
        assertThat(ids(firstTwo)).isEqualTo(ids(byName.subList(0, 2)));
    }

    @Test
    void the_second_claimer_is_told_who_has_the_task() {
        String review = projects.task(projects.create("colin", "carla"), "Task_ReviewControls").getId();

        assertThat(taskList.claim("colin", review).kind()).isEqualTo(Kind.DONE);
        TaskOutcome second = taskList.claim("carla", review);

        assertThat(second.kind()).isEqualTo(Kind.CLAIMED_BY_OTHER);
        assertThat(second.message()).isEqualTo("Colin Ortega has claimed this task.");
        assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isEqualTo("colin");
    }

    @Test
    void only_the_claimer_gives_a_task_back() {
        String review = projects.task(projects.create("colin", "carla"), "Task_ReviewControls").getId();
        taskList.claim("colin", review);

        assertThat(taskList.unclaim("carla", review).kind()).isEqualTo(Kind.CLAIMED_BY_OTHER);
        assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isEqualTo("colin");
        assertThat(taskList.unclaim("colin", review).kind()).isEqualTo(Kind.DONE);
        assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isNull();
    }

    @Test
    void completing_a_task_someone_else_completed_says_who_did_and_changes_nothing() {
        Project project = projects.create("colin", "carla");
        String review = projects.task(project, "Task_ReviewControls").getId();
        assertThat(taskList.find("carla", review)).isPresent();

        assertThat(taskList.complete("colin", review, review("Checked every control.", "implemented")).kind())
                .isEqualTo(Kind.DONE);
        TaskOutcome late = taskList.complete("carla", review, review("My own notes here.", "partly"));

        assertThat(late.kind()).isEqualTo(Kind.GONE);
        assertThat(late.message()).matches("Colin Ortega completed this task at \\d\\d:\\d\\d; nothing was saved\\.");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(project.processInstanceId())
                .variableName("reviewNotes").singleResult().getValue()).isEqualTo("Checked every control.");
        assertThat(history.createHistoricDetailQuery().processInstanceId(project.processInstanceId())
                .variableUpdates().list()).noneMatch(d -> "My own notes here.".equals(
                        ((HistoricVariableUpdate) d).getValue()));
    }

    @Test
    void form_rules_are_checked_on_completion_and_leave_the_task_open_and_unclaimed() {
        Project project = projects.create("colin");
        String plan = projects.task(project, "Task_PlanProject").getId();

        TaskOutcome outcome = taskList.complete("pia", plan, Map.of("projectCode", "ab12", "budgetDays", 0,
                "riskAppetite", 10.5, "planNotes", "x".repeat(501)));

        assertThat(outcome.kind()).isEqualTo(Kind.INVALID);
        assertThat(outcome.fieldErrors()).containsOnlyKeys("projectCode", "budgetDays", "riskAppetite", "kickOff",
                "planNotes");
        assertThat(outcome.fieldErrors()).containsEntry("budgetDays", "At least 1.")
                .containsEntry("riskAppetite", "At most 10.").containsEntry("kickOff", "Please fill this in.");
        Task stillOpen = tasks.createTaskQuery().taskId(plan).singleResult();
        assertThat(stillOpen.getAssignee()).isNull();
        assertThat(runtime.getVariable(project.processInstanceId(), "projectCode")).isNull();
    }

    @Test
    void completion_stores_each_field_of_the_form_in_its_type_and_nothing_else() {
        Project project = projects.create("colin");
        String plan = projects.task(project, "Task_PlanProject").getId();

        TaskOutcome outcome = taskList.complete("pia", plan, Map.of("projectCode", "AB1234", "budgetDays", 20,
                "riskAppetite", 3, "kickOff", "2027-03-01", "notOnTheForm", "ignored"));

        assertThat(outcome.kind()).as(outcome.message()).isEqualTo(Kind.DONE);
        Map<String, Object> stored = new HashMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(project.processInstanceId()).list()
                .forEach(v -> stored.put(v.getName(), v.getValue()));
        assertThat(stored).containsEntry("projectCode", "AB1234").containsEntry("budgetDays", 20L)
                .containsEntry("riskAppetite", 3.0).containsEntry("kickOff", "2027-03-01")
                .containsEntry("planNotes", null).doesNotContainKey("notOnTheForm");
    }

    @Test
    void a_refusal_by_the_process_reaches_the_user_and_keeps_nothing() {
        Project project = projects.create("colin");
        String review = projects.task(project, "Task_ReviewControls").getId();

        Map<String, Object> notReady = review("Checked every control.", "partly");
        notReady.put("ready", false);
        TaskOutcome outcome = taskList.complete("colin", review, notReady);

        assertThat(outcome.kind()).isEqualTo(Kind.REFUSED);
        assertThat(outcome.message()).isEqualTo(RefuseUnlessReady.MESSAGE);
        assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isNull();
        assertThat(runtime.getVariable(project.processInstanceId(), "reviewNotes")).isNull();
    }

    @Test
    void a_task_of_another_project_can_be_neither_claimed_nor_completed() {
        String review = projects.task(projects.create("colin"), "Task_ReviewControls").getId();

        assertThat(taskList.claim("sam", review).message()).isEqualTo("This task does not exist or is not yours.");
        assertThat(taskList.complete("sam", review, review("Checked every control.", "partly")).kind())
                .isEqualTo(Kind.NOT_ALLOWED);
        assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isNull();
    }

    @Test
    void the_form_opens_with_the_tasks_variables_but_never_with_an_earlier_decision_or_reason() {
        Project project = projects.create("colin");
        runtime.setVariables(project.processInstanceId(), Map.of("scopeSummary", "Head office and its cloud",
                "scopeDecision", "sendBack", "scopeReason", "Too narrow"));

        TaskDetails approve = taskList.find("eva", projects.task(project, "Task_ApproveScope").getId()).orElseThrow();

        assertThat(approve.form().id()).isEqualTo("TasklistTestApprove");
        assertThat(approve.values()).containsOnly(Map.entry("scopeSummary", "Head office and its cloud"));
        assertThat(approve.ref("eva")).get().extracting(r -> r.projectId()).isEqualTo(project.id());
    }

    @Test
    void a_task_without_a_form_completes_without_values() {
        Project project = projects.create("colin");
        String context = projects.task(project, "Task_DescribeContext").getId();

        assertThat(taskList.find("pia", context).orElseThrow().form().fields()).isEmpty();
        assertThat(taskList.complete("pia", context, Map.of()).kind()).isEqualTo(Kind.DONE);
        assertThat(tasks.createTaskQuery().taskId(context).count()).isZero();
    }

    private TaskItem item(String username, Task task) {
        return taskList.find(username, task.getId()).orElseThrow().task();
    }

    private static Map<String, Object> review(String notes, String outcome) {
        return new HashMap<>(Map.of("reviewNotes", notes, "reviewOutcome", outcome, "ready", true));
    }

    private static List<String> ids(List<TaskItem> items) {
        return items.stream().map(TaskItem::id).toList();
    }
}
