package org.certflow.incident.ui;

import org.certflow.incident.Incident;
import org.certflow.security.People;
import org.certflow.shared.EngineClock;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** What an incident task is about: the incident as reported, its severity and status, a link to its page. */
class IncidentCard extends Card {

    IncidentCard(Incident incident, String projectName, People people) {
        addClassName("incident-card");
        setTitle(incident.summary());
        setSubtitle(new Span("Incident · " + incident.status().label()));
        setHeaderSuffix(IncidentBadges.severity(incident.severity()));
        Paragraph description = new Paragraph(incident.description());
        description.addClassName("incident-text");
        add(new IncidentFacts(incident, projectName, people, EngineClock.now()), description,
                new Div(new RouterLink("Open the incident page", IncidentView.class,
                        IncidentView.parameters(incident.id()))));
    }
}
