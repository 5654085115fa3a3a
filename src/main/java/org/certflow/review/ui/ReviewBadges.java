package org.certflow.review.ui;

import java.time.LocalDate;

import org.certflow.catalog.ui.Badge;
import org.certflow.review.ReviewDecision;
import org.certflow.review.ReviewStatus;

/** The badges of the review pages, one colour per meaning. */
final class ReviewBadges {

    private ReviewBadges() {
    }

    static Badge status(ReviewStatus status) {
        return new Badge(status.label(), switch (status) {
            case IN_PREPARATION -> "neutral";
            case AWAITING_DECISION -> "warning";
            case COMPLETED -> "success";
        });
    }

    /** Done, overdue or open: the state of a decision's action. */
    static Badge action(ReviewDecision decision, LocalDate today) {
        if (decision.isDone()) {
            return new Badge("Done", "success");
        }
        return decision.isOverdue(today) ? new Badge("Overdue", "error") : new Badge("Open", "info");
    }
}
