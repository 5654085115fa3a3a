package org.certflow.tasklist;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.certflow.security.People;
import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/** Says what became of a task that is no longer open, from the engine's history: who completed it and when. */
@Component
class EndedTasks {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final HistoryService history;
    private final People people;

    EndedTasks(HistoryService history, People people) {
        this.history = history;
        this.people = people;
    }

    /** E.g. "Pia Palmer completed this task at 10:42"; empty if the task never existed or is still open. */
    Optional<String> describe(String taskId) {
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (task == null || task.getEndTime() == null) {
            return Optional.empty();
        }
        String when = when(ZonedDateTime.ofInstant(task.getEndTime().toInstant(), ZoneId.systemDefault()));
        if (!"completed".equals(task.getDeleteReason())) {
            return Optional.of("This task was withdrawn " + when + " (the process went on without it)");
        }
        String completedBy = completedBy(task);
        return Optional.of((completedBy == null ? "Someone" : people.displayName(completedBy))
                + " completed this task " + when);
    }

    /** The authenticated user who completed it (the operation log), else its last assignee. */
    private String completedBy(HistoricTaskInstance task) {
        return history.createUserOperationLogQuery().taskId(task.getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                .map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst()
                .orElse(task.getAssignee());
    }

    private static String when(ZonedDateTime at) {
        return EngineClock.today().equals(at.toLocalDate()) ? "at " + TIME.format(at) : "on " + DAY_AND_TIME.format(at);
    }
}
