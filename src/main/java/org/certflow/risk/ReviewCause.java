package org.certflow.risk;

import java.time.Period;

/** Why a risk review started, and how long the owners have for it. */
public enum ReviewCause {
    SCHEDULE(Period.ofDays(14)),
    INCIDENT(Period.ofDays(3)),
    /** A risk entered above the appetite, unaccepted: a week, as nobody has taken that risk yet. */
    REGISTER_CHANGE(Period.ofDays(7)),
    ON_DEMAND(Period.ofDays(14));

    private final Period timeToReview;

    ReviewCause(Period timeToReview) {
        this.timeToReview = timeToReview;
    }

    public Period timeToReview() {
        return timeToReview;
    }
}
