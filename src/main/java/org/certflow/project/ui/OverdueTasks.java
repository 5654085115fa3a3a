package org.certflow.project.ui;

import java.util.List;

import org.certflow.project.ProjectProgress.OverdueTask;
import org.certflow.security.People;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** Open tasks of the project past their due date, the longest overdue first. */
class OverdueTasks extends Grid<OverdueTask> {

    OverdueTasks(List<OverdueTask> tasks, People people) {
        addClassName("overdue-tasks");
        addColumn(OverdueTask::name).setHeader("Overdue task").setFlexGrow(1);
        addColumn(t -> t.phase() == null ? "Project" : t.phase().label()).setHeader("Phase").setAutoWidth(true);
        addColumn(t -> t.assignee() == null ? "Not claimed yet" : people.displayName(t.assignee()))
                .setHeader("Assignee").setAutoWidth(true);
        addColumn(t -> Dates.day(t.due())).setHeader("Due").setAutoWidth(true).setClassNameGenerator(t -> "overdue");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setEmptyStateText("Nothing is overdue.");
        setAllRowsVisible(true);
        setItems(tasks);
    }
}
