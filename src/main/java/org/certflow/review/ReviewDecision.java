package org.certflow.review;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A decision of a management review (clause 9.3.3), recorded by the executive who took it, when; each is an action
 * for a named owner by a due date, followed up until done, and reported to the next review.
 */
@Table("management_review_decision")
public class ReviewDecision {

    @Id
    private Long id;
    private Long managementReview;
    private Long projectId;
    private DecisionTopic topic;
    private String decision;
    private String actionOwner;
    private LocalDate actionDue;
    private String actionDoneBy;
    private Instant actionDoneAt;
    private String decidedBy;
    private Instant decidedAt;
    @Version
    private Integer version;

    ReviewDecision() {
    }

    ReviewDecision(ManagementReview review, NewDecision decision, String decidedBy, Instant decidedAt) {
        this.managementReview = review.id();
        this.projectId = review.projectId();
        this.topic = decision.topic();
        this.decision = decision.decision().strip();
        this.actionOwner = decision.actionOwner();
        this.actionDue = decision.actionDue();
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long id() {
        return id;
    }

    public long managementReviewId() {
        return managementReview;
    }

    public long projectId() {
        return projectId;
    }

    public DecisionTopic topic() {
        return topic;
    }

    public String decision() {
        return decision;
    }

    public String actionOwner() {
        return actionOwner;
    }

    public LocalDate actionDue() {
        return actionDue;
    }

    public String actionDoneBy() {
        return actionDoneBy;
    }

    public Instant actionDoneAt() {
        return actionDoneAt;
    }

    public boolean isDone() {
        return actionDoneAt != null;
    }

    /** Not done, and its due day has passed. */
    public boolean isOverdue(LocalDate today) {
        return !isDone() && actionDue.isBefore(today);
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    void done(String by, Instant at) {
        this.actionDoneBy = by;
        this.actionDoneAt = at;
    }
}
