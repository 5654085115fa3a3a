package org.certflow.tasklist;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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
 * (the project id); the keys of a whole page come in one query. The phase is that of the task's phase process, or
 * of the phase process that called the task's process (e.g. the internal audit of the audit and certification
 * phase), found a level of callers per query.
 */
@Component
class TaskItems {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final ProjectService projects;
    private final People people;

    TaskItems(RuntimeService runtime, HistoryService history, ProjectService projects, People people) {
        this.runtime = runtime;
        this.history = history;
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
        Map<String, Phase> phases = phases(instanceIds);
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
                    phases.get(task.getProcessInstanceId()), instant(task.getCreateTime()), due, due != null && due.isBefore(now), assignee,
                    assignee == null ? null : assigneeNames.computeIfAbsent(assignee, people::displayName));
        }).toList();
    }

    /** The phase each of these process instances works in, for those that work in one. */
    private Map<String, Phase> phases(Set<String> instanceIds) {
        Map<String, Phase> phases = new HashMap<>();
        Map<String, String> callers = instanceIds.stream().collect(Collectors.toMap(id -> id, id -> id));
        while (!callers.isEmpty()) {
            Map<String, HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
                    .processInstanceIds(Set.copyOf(callers.values())).list().stream()
                    .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
            Map<String, String> next = new HashMap<>();
            for (Map.Entry<String, String> entry : callers.entrySet()) {
                HistoricProcessInstance caller = found.get(entry.getValue());
                Optional<Phase> phase = caller == null ? Optional.empty()
                        : Phase.ofProcessKey(caller.getProcessDefinitionKey());
                if (phase.isPresent()) {
                    phases.put(entry.getKey(), phase.get());
                } else if (caller != null && caller.getSuperProcessInstanceId() != null) {
                    next.put(entry.getKey(), caller.getSuperProcessInstanceId());
                }
            }
            callers = next;
        }
        return phases;
    }

    private static boolean isProjectId(String businessKey) {
        return businessKey != null && businessKey.matches("\\d{1,18}");
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
