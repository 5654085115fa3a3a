package org.certflow.tasklist.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.certflow.tasklist.TaskItem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** How the task list and the task page show a task's due date, phase and assignee, so both say it alike. */
final class TaskLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private TaskLabels() {
    }

    /** The due date; an overdue task gets a red "Overdue" badge and red text, not colour alone. */
    static Component due(TaskItem task) {
        Span due = new Span(task.due() == null ? "No due date" : DATE.format(task.due()));
        due.addClassName("task-due");
        if (task.overdue()) {
            Span badge = new Span("Overdue");
            badge.addClassName("task-badge-overdue");
            due.addClassName("overdue");
            due.addComponentAsFirst(badge);
        }
        return due;
    }

    static String phase(TaskItem task) {
        return task.phase() == null ? "" : task.phase().label();
    }

    static String project(TaskItem task) {
        return task.projectName() == null ? "" : task.projectName();
    }

    static String assignee(TaskItem task) {
        return task.isClaimed() ? task.assigneeName() : "Unclaimed";
    }
}
