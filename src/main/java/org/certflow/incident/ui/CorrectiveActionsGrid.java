package org.certflow.incident.ui;

import java.time.LocalDate;
import java.util.List;

import org.certflow.incident.CorrectiveAction;
import org.certflow.security.People;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** The corrective actions of an incident: what, who, by when, and what the owner did. */
class CorrectiveActionsGrid extends Grid<CorrectiveAction> {

    CorrectiveActionsGrid(People people) {
        LocalDate today = EngineClock.today();
        addColumn(CorrectiveAction::description).setHeader("Action").setFlexGrow(3);
        addColumn(a -> people.displayName(a.owner())).setHeader("Owner").setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> Dates.day(a.dueDate())).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(a -> IncidentBadges.action(a.status(), a.isOverdue(today))).setHeader("Status")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> a.result() == null ? "" : a.result()).setHeader("Result").setFlexGrow(3);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setEmptyStateText("No corrective actions planned.");
        setAllRowsVisible(true);
    }

    void show(List<CorrectiveAction> actions) {
        setItems(actions);
    }
}
