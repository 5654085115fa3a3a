package org.certflow.review;

import java.time.Instant;
import java.time.LocalDate;

/** What the project manager prepared for the review meeting (clause 9.3.2), and who did, when. */
public record Preparation(LocalDate reviewDate, String agenda, String contextChanges, String objectives,
                          String interestedPartyFeedback, String improvementOpportunities, String preparedBy,
                          Instant preparedAt) {
}
