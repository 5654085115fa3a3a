package org.certflow.review.ui;

import org.certflow.review.ManagementReview;
import org.certflow.review.Preparation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** What the project manager prepared: agenda, feedback from interested parties, opportunities for improvement. */
class PreparationPanel extends Div {

    PreparationPanel(ManagementReview review) {
        addClassName("review-preparation");
        review.preparation().ifPresentOrElse(this::show, () -> {
            Paragraph none = new Paragraph("Not prepared yet.");
            none.addClassName("muted");
            add(none);
        });
    }

    private void show(Preparation preparation) {
        item("Agenda", preparation.agenda());
        item("Feedback from interested parties", preparation.interestedPartyFeedback());
        item("Opportunities for continual improvement", preparation.improvementOpportunities());
    }

    private void item(String label, String text) {
        if (text != null) {
            Paragraph value = new Paragraph(text);
            value.addClassName("review-text");
            add(new H4(label), value);
        }
    }
}
