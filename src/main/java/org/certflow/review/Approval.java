package org.certflow.review;

import java.time.Instant;
import java.time.LocalDate;

/** The executive's approval of the review's decisions: the overall conclusion, the next review, who and when. */
public record Approval(String conclusion, LocalDate nextReviewDate, String approvedBy, Instant approvedAt) {
}
