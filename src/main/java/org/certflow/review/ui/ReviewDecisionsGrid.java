package org.certflow.review.ui;

import java.util.List;
import java.util.function.Function;

import org.certflow.review.ReviewDecision;
import org.certflow.security.People;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A review's decisions, each an action: topic and decision, owner, due date, the action's state, and who
 * recorded the decision when. An optional last column holds a button per row (withdraw, mark done).
 */
class ReviewDecisionsGrid extends Grid<ReviewDecision> {

    ReviewDecisionsGrid(People people) {
        addComponentColumn(ReviewDecisionsGrid::decision).setHeader("Decision").setWidth("14rem").setFlexGrow(3);
        addColumn(d -> people.displayName(d.actionOwner())).setHeader("Action owner").setWidth("7rem")
                .setFlexGrow(1);
        addColumn(d -> Dates.day(d.actionDue())).setHeader("Due").setWidth("6.5rem").setFlexGrow(0);
        addComponentColumn(d -> action(d, people)).setHeader("Action").setWidth("8rem").setFlexGrow(0);
        addColumn(d -> people.displayName(d.decidedBy()) + ", " + Dates.moment(d.decidedAt()))
                .setHeader("Recorded by").setWidth("8rem").setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setEmptyStateText("No decision recorded yet.");
    }

    /** The topic as a small caption above what was decided. */
    private static Component decision(ReviewDecision decision) {
        Span topic = new Span(decision.topic().label());
        topic.addClassName("decision-topic");
        return new Div(topic, new Span(decision.decision()));
    }

    /** The action's state, and when it was done by whom. */
    private static Component action(ReviewDecision decision, People people) {
        Div action = new Div(ReviewBadges.action(decision, EngineClock.today()));
        if (decision.isDone()) {
            Span day = new Span(Dates.day(decision.actionDoneAt()) + ", "
                    + people.displayName(decision.actionDoneBy()));
            day.addClassName("decision-done-day");
            action.add(day);
        }
        return action;
    }

    ReviewDecisionsGrid withButtons(Function<ReviewDecision, Component> button) {
        addComponentColumn(button::apply).setHeader("").setAutoWidth(true).setFlexGrow(0);
        return this;
    }

    void show(List<ReviewDecision> decisions) {
        setItems(decisions);
    }
}
