package org.certflow.review;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** The executive sent the review back (its inputs are gathered again): why, who and when. */
@Table("management_review_send_back")
public record SendBack(String reason, String sentBackBy, Instant sentBackAt) {
}
