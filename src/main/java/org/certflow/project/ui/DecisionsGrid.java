package org.certflow.project.ui;

import java.util.List;

import org.certflow.project.Decision;
import org.certflow.security.People;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** The record of decisions an auditor asks for: what, the outcome, why, who and when. */
class DecisionsGrid extends Grid<Decision> {

    DecisionsGrid(List<Decision> decisions, People people) {
        addColumn(Decision::subject).setHeader("Subject").setFlexGrow(2);
        addColumn(d -> readable(d.outcome())).setHeader("Outcome").setAutoWidth(true).setFlexGrow(0);
        addColumn(d -> d.reason() == null ? Dates.NONE : d.reason()).setHeader("Reason").setFlexGrow(2);
        addColumn(d -> people.displayName(d.decidedBy())).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        addColumn(d -> Dates.moment(d.decidedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setEmptyStateText("No decisions recorded yet: approvals, phase gates and management-review decisions "
                + "appear here with who took them and when.");
        setAllRowsVisible(true);
        setItems(decisions);
    }

    /** Outcomes are the processes' variable values ("approve", "sendBack"): shown as "Approve", "Send back". */
    private static String readable(String outcome) {
        String words = outcome.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
