package org.certflow.review.ui;

import java.util.List;
import java.util.function.Function;

import org.certflow.review.ReviewDecision;
import org.certflow.review.ReviewFormat;
import org.certflow.security.People;
import org.certflow.shared.EngineClock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * A review's decisions, each an action: topic, decision, owner, due date, the action's state, and who recorded
 * the decision when. An optional last column holds a button per row (withdraw, mark done).
 */
class ReviewDecisionsGrid extends Grid<ReviewDecision> {

    ReviewDecisionsGrid(People people) {
        addColumn(d -> d.topic().label()).setHeader("Topic").setWidth("11em").setFlexGrow(0);
        addColumn(ReviewDecision::decision).setHeader("Decision").setFlexGrow(3);
        addColumn(d -> people.displayName(d.actionOwner())).setHeader("Action owner").setWidth("9em")
                .setFlexGrow(1);
        addColumn(d -> ReviewFormat.day(d.actionDue())).setHeader("Due").setWidth("7.5em").setFlexGrow(0);
        addComponentColumn(d -> ReviewBadges.action(d, EngineClock.today())).setHeader("Action").setWidth("12em")
                .setFlexGrow(0);
        addColumn(d -> people.displayName(d.decidedBy()) + ", " + ReviewFormat.moment(d.decidedAt()))
                .setHeader("Recorded by").setWidth("11em").setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setEmptyStateText("No decision recorded yet.");
    }

    ReviewDecisionsGrid withButtons(Function<ReviewDecision, Component> button) {
        addComponentColumn(button::apply).setHeader("").setAutoWidth(true).setFlexGrow(0);
        return this;
    }

    void show(List<ReviewDecision> decisions) {
        setItems(decisions);
    }
}
