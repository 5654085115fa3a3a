package org.certflow.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far a project has come, from the engine's task history: every process instance of a project (the
 * certification process, the phase processes it calls, the processes they call in turn, and the features' own
 * ones) carries the project id as business key; a task counts for the phase whose process it runs in, itself or
 * through the call activities above it.
 */
@Service
public class ProjectProgress {

    /** Camunda's delete reason of a task that was completed rather than cancelled. */
    private static final String COMPLETED = "completed";

    private final HistoryService history;

    ProjectProgress(HistoryService history) {
        this.history = history;
    }

    /** Tasks of one phase: completed, still open, and open past their due date (a subset of open). */
    public record TaskCounts(int done, int open, int overdue) {
    }

    public record PhaseProgress(PhasePlan plan, PhaseState state, TaskCounts tasks) {
    }

    /** An open task past its due date; {@code phase} is null for tasks outside the phases (e.g. a phase gate). */
    public record OverdueTask(String name, Phase phase, String assignee, Instant due) {
    }

    /** The plan of each phase against reality, in phase order. */
    @Transactional(readOnly = true)
    public List<PhaseProgress> phases(Project project) {
        Map<String, Phase> phases = phasesOfInstances(project.id());
        Map<Phase, List<HistoricTaskInstance>> byPhase = tasks(project.id()).stream()
                .filter(t -> phases.containsKey(t.getProcessInstanceId()))
                .collect(Collectors.groupingBy(t -> phases.get(t.getProcessInstanceId())));
        Instant now = EngineClock.now();
        LocalDate today = EngineClock.today();
        return project.phases().stream().map(plan -> new PhaseProgress(plan, PhaseState.of(plan, today),
                count(byPhase.getOrDefault(plan.phase(), List.of()), now))).toList();
    }

    /** All open tasks of the project past their due date, the longest overdue first. */
    @Transactional(readOnly = true)
    public List<OverdueTask> overdueTasks(long projectId) {
        Map<String, Phase> phases = phasesOfInstances(projectId);
        Instant now = EngineClock.now();
        return tasks(projectId).stream().filter(t -> isOverdue(t, now))
                .sorted(Comparator.comparing(HistoricTaskInstance::getDueDate))
                .map(t -> new OverdueTask(t.getName(), phases.get(t.getProcessInstanceId()), t.getAssignee(),
                        t.getDueDate().toInstant()))
                .toList();
    }

    private List<HistoricTaskInstance> tasks(long projectId) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(String.valueOf(projectId))
                .list();
    }

    /** The phase each process instance of the project works in, for those that work in one. */
    private Map<String, Phase> phasesOfInstances(long projectId) {
        Map<String, HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(projectId)).list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
        Map<String, Phase> phases = new HashMap<>();
        instances.values().forEach(instance -> phaseOf(instance, instances)
                .ifPresent(phase -> phases.put(instance.getId(), phase)));
        return phases;
    }

    /** The instance's own phase, or the phase of the nearest instance above it that called it. */
    private static Optional<Phase> phaseOf(HistoricProcessInstance instance,
                                           Map<String, HistoricProcessInstance> instances) {
        for (HistoricProcessInstance caller = instance; caller != null;
             caller = instances.get(caller.getSuperProcessInstanceId())) {
            Optional<Phase> phase = Phase.ofProcessKey(caller.getProcessDefinitionKey());
            if (phase.isPresent()) {
                return phase;
            }
        }
        return Optional.empty();
    }

    private static TaskCounts count(List<HistoricTaskInstance> tasks, Instant now) {
        int done = (int) tasks.stream().filter(t -> COMPLETED.equals(t.getDeleteReason())).count();
        int open = (int) tasks.stream().filter(t -> t.getEndTime() == null).count();
        int overdue = (int) tasks.stream().filter(t -> isOverdue(t, now)).count();
        return new TaskCounts(done, open, overdue);
    }

    private static boolean isOverdue(HistoricTaskInstance task, Instant now) {
        return task.getEndTime() == null && task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now);
    }
}
