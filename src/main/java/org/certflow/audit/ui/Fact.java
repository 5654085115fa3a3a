package org.certflow.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A small caption over a value, as the project pages show facts ("Auditor" over "Aude Auclair"). */
class Fact extends Div {

    Fact(String label, String value) {
        this(label, text(value));
    }

    Fact(String label, Component value) {
        Span caption = new Span(label);
        caption.addClassName("fact-label");
        add(caption, value);
        addClassName("fact");
    }

    private static Span text(String value) {
        boolean none = value == null || value.isBlank();
        Span text = new Span(none ? "None yet" : value);
        if (none) {
            text.addClassName("muted");
        }
        return text;
    }

    /** Facts side by side, wrapping on narrow screens. */
    static Div row(Component... facts) {
        Div row = new Div(facts);
        row.addClassName("project-facts");
        return row;
    }
}
