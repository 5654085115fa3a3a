package org.certflow.risk;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.certflow.incident.MajorIncidentOccurred;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A major incident starts a review of the risks it touched at once, in the transaction that classified it: the
 * incident and the review are recorded together or not at all. The review is the project's, not the work of
 * whoever classified the incident, so the engine runs it without that person's authorization checks (an incident
 * manager may neither see nor start risk reviews).
 */
@Component
class MajorIncidentReviews {

    private final RiskReviews reviews;
    private final IdentityService identity;

    MajorIncidentReviews(RiskReviews reviews, IdentityService identity) {
        this.reviews = reviews;
        this.identity = identity;
    }

    @EventListener
    void on(MajorIncidentOccurred incident) {
        Authentication classifiedBy = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            reviews.startAfterIncident(incident);
        } finally {
            if (classifiedBy != null) {
                identity.setAuthentication(classifiedBy);
            }
        }
    }
}
