package org.certflow.incident.ui;

import java.time.Instant;

import org.certflow.incident.Incident;
import org.certflow.security.People;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The facts of an incident at a glance: who reported it when, what is involved, the impact, the deadlines. */
class IncidentFacts extends Div {

    IncidentFacts(Incident incident, String projectName, People people, Instant now) {
        addClassName("project-facts");
        add(fact("Project", projectName),
                fact("Reported", Dates.moment(incident.reportedAt()) + " by "
                        + people.displayName(incident.reportedBy())),
                fact("Happened", Dates.moment(incident.occurredAt())),
                fact("Systems involved", String.join(", ", incident.affectedSystems())),
                fact("AI system involved", incident.involvesAi() ? "Yes" : "No"),
                fact("Personal data", incident.personalData() ? "Affected" : "Not affected"),
                fact("Confidentiality", incident.confidentialityImpact().label()),
                fact("Integrity", incident.integrityImpact().label()),
                fact("Availability", incident.availabilityImpact().label()));
        if (incident.involvesAi()) {
            add(fact("Harm to people", incident.harmToPeople().label()));
        }
        add(fact("Severity", severity(incident)));
        if (incident.isOpen() && incident.confirmedSeverity().isEmpty() && incident.triageDueAt() != null) {
            add(deadline("Triage due", incident.triageDueAt(), now));
        }
        if (incident.notificationRequired()) {
            add(deadline("Notification due", incident.notificationDueAt(), now));
        }
        add(fact("Age", IncidentAges.age(incident.age(now))));
    }

    private static String severity(Incident incident) {
        return incident.confirmedSeverity()
                .map(s -> s == incident.proposedSeverity() ? s.label() + " (confirmed)"
                        : s.label() + " (proposed " + incident.proposedSeverity().label() + ")")
                .orElse(incident.proposedSeverity().label() + " (proposed, awaiting triage)");
    }

    /** A deadline, in red once it has passed. */
    private static Component deadline(String label, Instant due, Instant now) {
        Span value = new Span(Dates.moment(due));
        value.setClassName("overdue", due.isBefore(now));
        return fact(label, value);
    }

    private static Div fact(String label, String value) {
        return fact(label, new Span(value));
    }

    private static Div fact(String label, Component value) {
        Span caption = new Span(label);
        caption.addClassName("fact-label");
        Div fact = new Div(caption, value);
        fact.addClassName("fact");
        return fact;
    }
}
