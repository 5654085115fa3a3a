package org.certflow.project.ui;

import java.util.Map;

import org.certflow.catalog.Standard;
import org.certflow.project.StatementOfApplicability.Summary;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** Per standard: how many controls have an applicability decision, and how many applicable ones are implemented. */
class ControlProgress extends Div {

    ControlProgress(Map<Standard, Summary> summaries) {
        addClassName("control-progress");
        summaries.forEach((standard, summary) -> {
            Div card = new Div(new H4(standard.shortName() + " Annex A"),
                    measure("Applicability decided", summary.decided(), summary.controls(), "controls"),
                    measure("Implemented", summary.implemented(), summary.applicable(), "applicable controls"));
            card.addClassName("control-progress-card");
            add(card);
        });
    }

    private static Div measure(String label, int count, int of, String unit) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, of), count);
        bar.getElement().setAttribute("aria-label", label);
        Span caption = new Span(label + ": " + count + " of " + of + " " + unit);
        Div measure = new Div(caption, bar);
        measure.addClassName("measure");
        return measure;
    }
}
