package org.certflow.review;

import java.time.LocalDate;

/** A decision as the executive enters it: what it is about, what was decided, who acts by when. */
public record NewDecision(DecisionTopic topic, String decision, String actionOwner, LocalDate actionDue) {
}
