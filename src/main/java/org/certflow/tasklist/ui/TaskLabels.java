package org.certflow.tasklist.ui;

import org.certflow.shared.Dates;
import org.certflow.tasklist.TaskItem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** How the task list and the task page show a task's due date, phase and assignee, so both say it alike. */
final class TaskLabels {

    private TaskLabels() {
    }

    /** The due date; an overdue task gets a red "Overdue" badge and red text, not colour alone. */
    static Component due(TaskItem task) {
        Span due = new Span(task.due() == null ? "No due date" : Dates.day(task.due()));
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
