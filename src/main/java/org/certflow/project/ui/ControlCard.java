package org.certflow.project.ui;

import org.certflow.catalog.Control;
import org.certflow.project.SoaLine;
import org.certflow.security.People;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** What an implementation or review task is about: the control, why it applies, who owns it, how far it is. */
class ControlCard extends Card {

    ControlCard(Control control, SoaLine line, People people) {
        addClassName("control-card");
        setTitle(control.id() + " " + control.title());
        setSubtitle(new Span(control.standard().title() + " · " + control.group()));
        setHeaderSuffix(ProjectBadges.implementation(line.status()));
        add(entry("Why it applies", line.justification()),
                entry("Owner", line.owner() == null ? null : people.displayName(line.owner())),
                entry("Implementation notes", line.implementationNotes()),
                entry("Evidence", line.evidence()));
        if (line.implementedAt() != null) {
            add(entry("Implemented", Dates.moment(line.implementedAt())));
        }
    }

    private static Div entry(String label, String value) {
        Span caption = new Span(label);
        caption.addClassName("fact-label");
        Span text = new Span(value == null || value.isBlank() ? "None yet" : value);
        if (value == null || value.isBlank()) {
            text.addClassName("muted");
        }
        Div entry = new Div(caption, text);
        entry.addClassName("fact");
        return entry;
    }
}
