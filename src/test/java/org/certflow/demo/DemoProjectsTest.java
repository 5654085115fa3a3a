package org.certflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.certflow.audit.AuditProgramme;
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
    @Autowired
    AuditProgramme programme;

    @Test
    void the_ai_platform_is_in_control_implementation_with_work_done_and_open() {
        Project platform = project(DemoProjects.AI_PLATFORM);
        assertThat(platform.currentPhase()).get().extracting(p -> p.phase()).isEqualTo(Phase.CONTROL_IMPLEMENTATION);
        assertThat(platform.phase(Phase.GAP_ANALYSIS).actualEnd()).isNotNull();
        assertThat(platform.phase(Phase.POLICY_AND_FRAMEWORK).actualEnd()).isNotNull();
        assertThat(soa.summary(platform.id()).get(Standard.ISO27001).implemented()).isPositive();
        int implemented = soa.summary(platform.id()).values().stream().mapToInt(s -> s.implemented()).sum();
        assertThat(implemented).isEqualTo(9);
        assertThat(decisions.of(platform.id())).extracting(d -> d.outcome()).contains("reject", "approve", "sendBack");
    }

    @Test
    void exactly_one_ai_platform_task_is_overdue_and_it_is_the_risk_owners() {
        Project platform = project(DemoProjects.AI_PLATFORM);
        List<Task> overdue = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(platform.id()))
                .dueBefore(java.util.Date.from(Instant.now())).list();
        assertThat(overdue).extracting(Task::getTaskDefinitionKey).containsExactly("Task_AssessRisks");
        assertThat(titles("rita")).contains("Assess risks");
    }

    @Test
    void every_demo_person_has_open_work() {
        for (String user : List.of("pia", "colin", "carla", "rita", "aiden", "ivan", "aude", "eva", "sam")) {
            assertThat(taskList.count(user, TaskScope.MINE_AND_ROLES)).as(user).isPositive();
        }
    }

    @Test
    void the_robotics_ai_policy_waits_for_the_executive() {
        Project robotics = project(DemoProjects.ROBOTICS);
        assertThat(robotics.currentPhase()).get().extracting(p -> p.phase()).isEqualTo(Phase.POLICY_AND_FRAMEWORK);
        assertThat(titles("eva")).contains("Approve AI policy");
    }

    @Test
    void the_labs_phase_waits_for_the_full_internal_audit_it_planned_due_in_five_days() {
        Project labs = project(DemoProjects.LABS);
        assertThat(labs.currentPhase()).get().extracting(p -> p.phase()).isEqualTo(Phase.AUDIT_AND_CERTIFICATION);
        assertThat(soa.summary(labs.id()).get(Standard.ISO42001).implemented()).isEqualTo(38);
        assertThat(programme.audits(labs.id())).singleElement().satisfies(audit -> {
            assertThat(audit.auditor()).isEqualTo("aude");
            assertThat(audit.plannedDate()).isEqualTo(LocalDate.now().plusDays(5));
            assertThat(audit.results()).hasSize(32 + 38);
        });
        assertThat(titles("aude")).contains("Carry out internal audit: Full internal audit before Stage 1");
    }

    @Test
    void the_retail_project_has_just_started_its_gap_analysis() {
        Project retail = project(DemoProjects.RETAIL);
        assertThat(retail.currentPhase()).get().extracting(p -> p.phase()).isEqualTo(Phase.GAP_ANALYSIS);
        assertThat(soa.summary(retail.id())).containsOnlyKeys(Standard.ISO27001);
    }

    private Project project(String name) {
        return projects.visibleTo("pia").stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> titles(String username) {
        return taskList.page(username, TaskScope.MINE_AND_ROLES, TaskSort.DEFAULT, 0, 500).stream().map(TaskItem::name)
                .toList();
    }
}
