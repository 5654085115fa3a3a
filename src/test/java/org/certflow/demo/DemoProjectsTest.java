package org.certflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.certflow.catalog.Standard;
import org.certflow.project.Decisions;
import org.certflow.project.Phase;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.project.StatementOfApplicability;
import org.certflow.tasklist.TaskItem;
import org.certflow.tasklist.TaskListService;
import org.certflow.tasklist.TaskScope;
import org.certflow.tasklist.TaskSort;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo profile seeds real work for the demo people at first start (the test profile runs it too). */
@SpringTest
class DemoProjectsTest {

    @Autowired
    ProjectService projects;
    @Autowired
    StatementOfApplicability soa;
    @Autowired
    Decisions decisions;
    @Autowired
    TaskListService taskList;
    @Autowired
    TaskService tasks;

    @Test
    void northwind_is_in_control_implementation_with_work_done_and_open() {
        Project northwind = project(DemoProjects.NORTHWIND);
        assertThat(northwind.currentPhase()).get().extracting(p -> p.phase()).isEqualTo(Phase.CONTROL_IMPLEMENTATION);
        assertThat(northwind.phase(Phase.GAP_ANALYSIS).actualEnd()).isNotNull();
        assertThat(northwind.phase(Phase.POLICY_AND_FRAMEWORK).actualEnd()).isNotNull();
        assertThat(soa.summary(northwind.id()).get(Standard.ISO27001).implemented()).isPositive();
        int implemented = soa.summary(northwind.id()).values().stream().mapToInt(s -> s.implemented()).sum();
        assertThat(implemented).isEqualTo(9);
        assertThat(decisions.of(northwind.id())).extracting(d -> d.outcome()).contains("reject", "approve", "sendBack");
    }

    @Test
    void exactly_one_northwind_task_is_overdue_and_it_is_the_risk_owners() {
        Project northwind = project(DemoProjects.NORTHWIND);
        List<Task> overdue = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(northwind.id()))
                .dueBefore(java.util.Date.from(Instant.now())).list();
        assertThat(overdue).extracting(Task::getTaskDefinitionKey).containsExactly("Task_AssessRisks");
        assertThat(titles("rita")).contains("Assess risks");
    }

    @Test
    void every_demo_role_in_the_two_projects_has_open_work() {
        assertThat(taskList.count("pia", TaskScope.MINE_AND_ROLES)).isPositive();
        assertThat(taskList.count("colin", TaskScope.MINE_AND_ROLES)).isPositive();
        assertThat(taskList.count("carla", TaskScope.MINE_AND_ROLES)).isPositive();
        assertThat(taskList.count("aiden", TaskScope.MINE_AND_ROLES)).isPositive();
        assertThat(taskList.count("rita", TaskScope.MINE_AND_ROLES)).isPositive();
        assertThat(taskList.count("sam", TaskScope.MINE_AND_ROLES)).isPositive();
    }

    @Test
    void contoso_has_just_started_its_gap_analysis() {
        Project contoso = project(DemoProjects.CONTOSO);
        assertThat(contoso.currentPhase()).get().extracting(p -> p.phase()).isEqualTo(Phase.GAP_ANALYSIS);
        assertThat(soa.summary(contoso.id())).containsOnlyKeys(Standard.ISO27001);
    }

    private Project project(String name) {
        return projects.visibleTo("pia").stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> titles(String username) {
        return taskList.page(username, TaskScope.MINE_AND_ROLES, TaskSort.DEFAULT, 0, 500).stream().map(TaskItem::name)
                .toList();
    }
}
