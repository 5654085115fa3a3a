package org.certflow.tasklist;

import java.util.Map;
import java.util.Optional;

import org.certflow.shared.ui.TaskRef;
import org.certflow.tasklist.form.FormDefinition;

/**
 * An open task as its page shows it: the task, the control it is about (if any), its form and the values the
 * form opens with (see {@link org.certflow.tasklist.form.FormValues#prefill}).
 */
public record TaskDetails(TaskItem task, String controlKey, FormDefinition form, Map<String, Object> values) {

    public TaskDetails {
        values = Map.copyOf(values);
    }

    /** The task as other features see it to add context; empty for a task outside any project. */
    public Optional<TaskRef> ref(String username) {
        return Optional.ofNullable(task.projectId()).map(projectId -> new TaskRef(task.id(),
                task.taskDefinitionKey(), projectId, controlKey, username));
    }
}
