package org.certflow.tasklist;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Phase;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/**
 * Turns engine tasks into {@link TaskItem}s. The project of a task is the business key of its process instance
 * (the project id); the keys of a whole page come in one query, the phase from the process definition key.
 */
@Component
class TaskItems {

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ProjectService projects;
    private final People people;

    TaskItems(RuntimeService runtime, RepositoryService repository, ProjectService projects, People people) {
        this.runtime = runtime;
        this.repository = repository;
        this.projects = projects;
        this.people = people;
    }

    List<TaskItem> of(List<Task> tasks) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, Long> projectIds = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .filter(instance -> isProjectId(instance.getBusinessKey()))
                        .collect(Collectors.toMap(ProcessInstance::getId, i -> Long.valueOf(i.getBusinessKey())));
        Map<Long, String> projectNames = new HashMap<>();
        Map<String, String> assigneeNames = new HashMap<>();
        Instant now = EngineClock.now();
        return tasks.stream().map(task -> {
            Long projectId = projectIds.get(task.getProcessInstanceId());
            String projectName = projectId == null ? null : projectNames.computeIfAbsent(projectId,
                    id -> projects.find(id).map(Project::name).orElse(null));
            String assignee = task.getAssignee();
            Instant due = instant(task.getDueDate());
            return new TaskItem(task.getId(), task.getName(), task.getTaskDefinitionKey(), projectId, projectName,
                    phase(task), instant(task.getCreateTime()), due, due != null && due.isBefore(now), assignee,
                    assignee == null ? null : assigneeNames.computeIfAbsent(assignee, people::displayName));
        }).toList();
    }

    private Phase phase(Task task) {
        if (task.getProcessDefinitionId() == null) {
            return null;
        }
        // served from the engine's deployment cache, not the database
        String processKey = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return Phase.ofProcessKey(processKey).orElse(null);
    }

    private static boolean isProjectId(String businessKey) {
        return businessKey != null && businessKey.matches("\\d{1,18}");
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
