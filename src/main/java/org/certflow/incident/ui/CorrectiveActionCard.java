package org.certflow.incident.ui;

import org.certflow.incident.CorrectiveAction;
import org.certflow.security.People;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Span;

/** The action a corrective action task is about: what, for whom, by when, planned by whom. */
class CorrectiveActionCard extends Card {

    CorrectiveActionCard(CorrectiveAction action, People people) {
        addClassName("corrective-action-card");
        setTitle(action.description());
        setSubtitle(new Span("Corrective action for " + people.displayName(action.owner()) + ", due "
                + Dates.day(action.dueDate()) + "; planned by " + people.displayName(action.plannedBy())));
    }
}
