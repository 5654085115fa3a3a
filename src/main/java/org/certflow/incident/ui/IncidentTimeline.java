package org.certflow.incident.ui;

import org.certflow.incident.Incident;
import org.certflow.incident.IncidentEvent;
import org.certflow.incident.IncidentStep;
import org.certflow.security.People;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** What happened to an incident, oldest first: when, what, who, and what they wrote. */
class IncidentTimeline extends Div {

    IncidentTimeline(Incident incident, People people) {
        addClassName("incident-timeline");
        incident.timeline().forEach(step -> add(entry(step, people)));
    }

    private static Div entry(IncidentStep step, People people) {
        Span when = new Span(Dates.moment(step.happenedAt()) + " · "
                + (step.actor() == null ? "CertFlow" : people.displayName(step.actor())));
        when.addClassName("incident-timeline-when");
        Span what = new Span(step.event().label());
        what.addClassName("incident-timeline-what");
        Div entry = new Div(when, new Div(what));
        if (step.note() != null) {
            Paragraph note = new Paragraph(step.note());
            note.addClassName("incident-text");
            entry.add(note);
        }
        entry.addClassName("incident-timeline-entry");
        if (step.event() == IncidentEvent.NOTIFICATION_DEADLINE_MISSED) {
            entry.addClassName("breach");
        }
        return entry;
    }
}
