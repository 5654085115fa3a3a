package org.certflow.incident;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The due date of one task of an incident's handling, as the process set it when it created the task
 * ({@code taskId}), and when the task was done ({@code metAt}, null while it is open). Missed, it is the
 * {@code breach} the incident list shows; it stays one once the task is done late.
 */
@Table("incident_deadline")
public record IncidentDeadline(IncidentSla.Breach breach, String taskId, Instant dueAt, Instant metAt) {

    boolean missedBy(Instant now) {
        return (metAt == null ? now : metAt).isAfter(dueAt);
    }

    boolean isOpenFor(String task) {
        return metAt == null && taskId.equals(task);
    }

    IncidentDeadline met(Instant at) {
        return new IncidentDeadline(breach, taskId, dueAt, at);
    }
}
