package org.certflow.review.ui;

import org.certflow.review.ManagementReview;
import org.certflow.security.People;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** Each time the executive sent the review back: when, who and why. Empty for a review never sent back. */
class SendBacksPanel extends Div {

    SendBacksPanel(ManagementReview review, People people) {
        addClassName("review-send-backs");
        setVisible(!review.sendBacks().isEmpty());
        if (isVisible()) {
            add(new H4("Sent back"));
            review.sendBacks().forEach(sendBack -> add(new Paragraph(Dates.moment(sendBack.sentBackAt())
                    + ", " + people.displayName(sendBack.sentBackBy()) + ": " + sendBack.reason())));
        }
    }
}
