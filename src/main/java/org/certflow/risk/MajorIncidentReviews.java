package org.certflow.risk;

import org.certflow.incident.MajorIncidentOccurred;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A major incident starts a review of the risks it touched at once, in the transaction that classified it: the
 * incident and the review are recorded together or not at all.
 */
@Component
class MajorIncidentReviews {

    private final RiskReviews reviews;

    MajorIncidentReviews(RiskReviews reviews) {
        this.reviews = reviews;
    }

    @EventListener
    void on(MajorIncidentOccurred incident) {
        reviews.startAfterIncident(incident);
    }
}
