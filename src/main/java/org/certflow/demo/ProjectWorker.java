package org.certflow.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.ProjectService;
import org.certflow.project.process.DecisionKeys;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.certflow.tasklist.TaskListService;
import org.certflow.tasklist.TaskOutcome;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Works a project's open tasks the way its people would: through the task list, as the person holding the
 * task's role in the project (or the assignee), with the demo answers for the task's form, once the features'
 * {@link DemoTaskPreparation}s have done the work the task checks.
 */
@Component
public class ProjectWorker {

    private final TaskService tasks;
    private final TaskListService taskList;
    private final ProjectService projects;
    private final DemoAnswers answers;
    private final ObjectProvider<DemoTaskPreparation> preparations;

    ProjectWorker(TaskService tasks, TaskListService taskList, ProjectService projects, DemoAnswers answers,
                  ObjectProvider<DemoTaskPreparation> preparations) {
        this.tasks = tasks;
        this.taskList = taskList;
        this.projects = projects;
        this.answers = answers;
        this.preparations = preparations;
    }

    /** The project's open tasks with this BPMN id, oldest first. */
    public List<Task> open(long projectId, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(projectId))
                .taskDefinitionKey(taskKey).orderByTaskCreateTime().asc().orderByTaskId().asc().list();
    }

    /** Completes the oldest open task with this BPMN id; {@code values} add to or replace the demo answers. */
    public String complete(long projectId, String taskKey, Map<String, ?> values) {
        List<Task> open = open(projectId, taskKey);
        if (open.isEmpty()) {
            throw new IllegalStateException("Project " + projectId + " has no open task " + taskKey);
        }
        return complete(projectId, open.get(0), values);
    }

    public String complete(long projectId, String taskKey) {
        return complete(projectId, taskKey, Map.of());
    }

    /** Completes this task as the person it belongs to; returns their username. */
    public String complete(long projectId, Task task, Map<String, ?> values) {
        preparations.orderedStream().forEach(preparation -> preparation.prepare(projectId,
                task.getTaskDefinitionKey()));
        Map<String, Object> entries = new HashMap<>(answers.forTask(task.getTaskDefinitionKey()));
        entries.putAll(values);
        String worker = workerOf(projectId, task);
        TaskOutcome outcome = taskList.complete(worker, task.getId(), entries);
        if (!outcome.isDone()) {
            throw new IllegalStateException(task.getTaskDefinitionKey() + " as " + worker + ": "
                    + outcome.message() + " " + outcome.fieldErrors());
        }
        return worker;
    }

    /** Decides an approval or gate task: {@code approve}, or another outcome with its reason. */
    public String decide(long projectId, String taskKey, String outcome, String reason) {
        DecisionKeys keys = DecisionKeys.of(taskKey);
        Map<String, Object> decision = new HashMap<>();
        decision.put(keys.decision(), outcome);
        decision.put(keys.reason(), reason);
        return complete(projectId, taskKey, decision);
    }

    public String approve(long projectId, String taskKey) {
        return decide(projectId, taskKey, "approve", null);
    }

    /** The assignee, else the first person holding the task's role in the project. */
    public String workerOf(long projectId, Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Role role = tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null).flatMap(g -> ProjectGroups.roleOf(g).stream()).findFirst()
                .orElseThrow(() -> new IllegalStateException(task.getTaskDefinitionKey() + " has no project role"));
        return projects.get(projectId).holders(role).get(0);
    }
}
