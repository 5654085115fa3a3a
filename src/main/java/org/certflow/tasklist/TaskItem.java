package org.certflow.tasklist;

import java.time.Instant;

import org.certflow.project.Phase;

/**
 * One open task as the task list shows it. {@code projectId} and {@code projectName} are null for a task outside
 * any project, {@code phase} for a task outside the four phase processes and the processes they call, {@code due} when the
 * model sets no due date, {@code assignee} while nobody has claimed it.
 */
public record TaskItem(String id, String name, String taskDefinitionKey, Long projectId, String projectName,
                       Phase phase, Instant created, Instant due, boolean overdue, String assignee,
                       String assigneeName) {

    public boolean isClaimed() {
        return assignee != null;
    }

    public boolean isClaimedBy(String username) {
        return username.equals(assignee);
    }
}
