package org.certflow.certification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A row of labelled facts ("Certification body: ..."), styled like the project page's header facts. */
class Facts extends Div {

    Facts() {
        addClassName("project-facts");
    }

    Facts add(String label, String value) {
        Span caption = new Span(label);
        caption.addClassName("fact-label");
        Div fact = new Div(caption, new Span(value));
        fact.addClassName("fact");
        add(fact);
        return this;
    }
}
