package org.certflow.risk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A labelled fact of a card ("Owner: Rita Rossi"), in the theme's fact style; "None yet" when empty. */
final class Facts {

    private Facts() {
    }

    static Div fact(String label, String value) {
        Span caption = new Span(label);
        caption.addClassName("fact-label");
        boolean empty = value == null || value.isBlank();
        Span text = new Span(empty ? "None yet" : value);
        text.setClassName("muted", empty);
        Div fact = new Div(caption, text);
        fact.addClassName("fact");
        return fact;
    }

    static Div fact(String label, Component value) {
        Span caption = new Span(label);
        caption.addClassName("fact-label");
        Div fact = new Div(caption, value);
        fact.addClassName("fact");
        return fact;
    }
}
