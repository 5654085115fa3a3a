package org.certflow.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.test_support.NewProjectBuilder.aProject;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.ProjectProgress.PhaseProgress;
import org.certflow.project.ProjectProgress.TaskCounts;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** Progress per phase, counted from the task history of the stand-in models (src/test/resources/projectui/). */
@SpringTest
@ExtendWith(StandInProcesses.class)
class ProjectProgressTest {

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectProgress progress;
    @Autowired
    TaskService tasks;

    private Project project;

    @BeforeEach
    void createProject() {
        project = projects.create(aProject().build(), "pia");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void new_project_runs_its_first_phase_with_two_open_tasks() {
        assertThat(phase(Phase.GAP_ANALYSIS).state()).isEqualTo(PhaseState.RUNNING);
        assertThat(phase(Phase.GAP_ANALYSIS).tasks()).isEqualTo(new TaskCounts(0, 2, 0));
        assertThat(phase(Phase.POLICY_AND_FRAMEWORK).state()).isEqualTo(PhaseState.NOT_STARTED);
        assertThat(phase(Phase.POLICY_AND_FRAMEWORK).tasks()).isEqualTo(new TaskCounts(0, 0, 0));
    }

    @Test
    void completed_task_counts_as_done_and_an_open_one_past_its_due_date_as_overdue() {
        tasks.complete(task("Task_DescribeScope").getId());
        dueIn(task("Task_AssessApplicability"), Duration.ofHours(-1));

        assertThat(phase(Phase.GAP_ANALYSIS).tasks()).isEqualTo(new TaskCounts(1, 1, 1));
        assertThat(progress.overdueTasks(project.id())).singleElement().satisfies(overdue -> {
            assertThat(overdue.name()).isEqualTo("Assess the applicability of each control");
            assertThat(overdue.phase()).isEqualTo(Phase.GAP_ANALYSIS);
        });
    }

    @Test
    void open_task_due_later_is_not_overdue() {
        dueIn(task("Task_DescribeScope"), Duration.ofDays(3));

        assertThat(phase(Phase.GAP_ANALYSIS).tasks()).isEqualTo(new TaskCounts(0, 2, 0));
        assertThat(progress.overdueTasks(project.id())).isEmpty();
    }

    @Test
    void finished_phase_is_done_and_the_tasks_of_the_next_phase_count_there() {
        tasks.complete(task("Task_DescribeScope").getId());
        tasks.complete(task("Task_AssessApplicability").getId());
        tasks.complete(task("Task_ApproveGapAnalysisGate").getId());

        assertThat(phase(Phase.GAP_ANALYSIS).state()).isEqualTo(PhaseState.DONE);
        assertThat(phase(Phase.GAP_ANALYSIS).tasks()).isEqualTo(new TaskCounts(2, 0, 0));
        assertThat(phase(Phase.POLICY_AND_FRAMEWORK).state()).isEqualTo(PhaseState.RUNNING);
        assertThat(phase(Phase.POLICY_AND_FRAMEWORK).tasks()).isEqualTo(new TaskCounts(0, 1, 0));
    }

    @Test
    void overdue_phase_gate_is_listed_without_a_phase_and_counted_in_none() {
        tasks.complete(task("Task_DescribeScope").getId());
        tasks.complete(task("Task_AssessApplicability").getId());
        dueIn(task("Task_ApproveGapAnalysisGate"), Duration.ofMinutes(-5));

        assertThat(progress.overdueTasks(project.id())).singleElement()
                .satisfies(overdue -> assertThat(overdue.phase()).isNull());
        assertThat(progress.phases(projects.get(project.id()))).extracting(p -> p.tasks().overdue())
                .containsOnly(0);
    }

    @Test
    void phase_still_running_after_its_planned_due_date_is_late() {
        ClockUtil.setCurrentTime(Date.from(project.phase(Phase.GAP_ANALYSIS).plannedDue().plusDays(1)
                .atStartOfDay(ZoneId.systemDefault()).toInstant()));

        assertThat(phase(Phase.GAP_ANALYSIS).state()).isEqualTo(PhaseState.LATE);
        assertThat(phase(Phase.POLICY_AND_FRAMEWORK).state()).isEqualTo(PhaseState.NOT_STARTED);
    }

    @Test
    void tasks_of_another_project_are_not_counted() {
        projects.create(aProject().build(), "pia");

        assertThat(phase(Phase.GAP_ANALYSIS).tasks().open()).isEqualTo(2);
    }

    private PhaseProgress phase(Phase phase) {
        return progress.phases(projects.get(project.id())).stream().filter(p -> p.plan().phase() == phase)
                .findFirst().orElseThrow();
    }

    private Task task(String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(project.id()))
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    private void dueIn(Task task, Duration fromNow) {
        Instant due = EngineClock.now().plus(fromNow);
        task.setDueDate(Date.from(due));
        tasks.saveTask(task);
    }
}
