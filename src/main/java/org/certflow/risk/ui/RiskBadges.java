package org.certflow.risk.ui;

import java.time.LocalDate;

import org.certflow.catalog.ui.Badge;
import org.certflow.risk.Risk;
import org.certflow.risk.RiskLevel;
import org.certflow.risk.RiskRating;
import org.certflow.shared.Dates;

/** The badges of the risk pages: a rating in its level's colour (as on the heat map), and where a risk stands. */
final class RiskBadges {

    private RiskBadges() {
    }

    /** The CSS class of a level's colour, shared by badges and heat map cells. */
    static String levelClass(RiskLevel level) {
        return "risk-" + level.name().toLowerCase();
    }

    static Badge rating(RiskRating rating) {
        return new Badge(rating.score() + " · " + rating.level().label(), levelClass(rating.level()));
    }

    static Badge status(Risk risk, boolean underReview, int appetite, LocalDate today) {
        if (underReview) {
            return new Badge("Under review", "info");
        }
        if (risk.needsAcceptance(appetite, today)) {
            return new Badge("Awaiting acceptance", "error");
        }
        if (risk.isReviewOverdue(today)) {
            return new Badge("Review overdue", "error");
        }
        if (risk.isAboveAppetite(appetite)) {
            return new Badge("Accepted until " + Dates.day(risk.acceptedUntil()), "warning");
        }
        return new Badge("Within appetite", "success");
    }
}
