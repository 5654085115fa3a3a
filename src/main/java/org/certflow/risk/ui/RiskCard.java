package org.certflow.risk.ui;

import java.util.stream.Collectors;

import org.certflow.catalog.Catalog;
import org.certflow.catalog.Control;
import org.certflow.risk.Risk;
import org.certflow.security.People;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * What a review or an acceptance is about: the risk, its ratings before and after treatment, its owner, treatment
 * and controls (unless they are edited beside it), and whether its residual risk is above the project's appetite.
 */
class RiskCard extends Card {

    RiskCard(Risk risk, int appetite, Catalog catalog, People people, boolean withControls) {
        addClassName("risk-card");
        setTitle(risk.title());
        setSubtitle(new Span(risk.asset() + " · " + risk.threat().label()));
        setHeaderSuffix(RiskBadges.rating(risk.residual()));
        Div ratings = new Div(Facts.fact("Before treatment", RiskBadges.rating(risk.inherent())),
                Facts.fact("Residual", RiskBadges.rating(risk.residual())),
                Facts.fact("Owner", people.displayName(risk.owner())),
                Facts.fact("Treatment", risk.treatment().label()),
                Facts.fact("Next review", Dates.day(risk.nextReview())));
        if (risk.acceptedUntil() != null) {
            ratings.add(Facts.fact("Accepted until", Dates.day(risk.acceptedUntil()) + " by "
                    + people.displayName(risk.acceptedBy())));
        }
        ratings.addClassName("project-facts");
        add(ratings, Facts.fact("Treatment plan", risk.treatmentPlan()));
        if (withControls) {
            add(Facts.fact("Controls", risk.controls().stream().map(key -> catalog.control(key).map(Control::label)
                    .orElse(key)).collect(Collectors.joining("; "))));
        }
        if (risk.isAboveAppetite(appetite)) {
            Paragraph notice = new Paragraph("The residual score " + risk.residual().score() + " is above the "
                    + "project's risk appetite of " + appetite + ": only an executive may accept this risk.");
            notice.addClassName("form-notice");
            add(notice);
        }
    }
}
