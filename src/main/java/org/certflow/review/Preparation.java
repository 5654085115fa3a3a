package org.certflow.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the project manager prepared for the review meeting, and who did, when. The other inputs of clause 9.3.2
 * (changes in context, objectives, performance, risks) are gathered; feedback from interested parties and
 * opportunities for improvement are what CertFlow does not record elsewhere.
 */
public record Preparation(LocalDate reviewDate, String agenda, String interestedPartyFeedback,
                          String improvementOpportunities, String preparedBy, Instant preparedAt) {
}
