package org.certflow.risk;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One risk review: which risks, why (the schedule, a major incident, someone's request) and when it started. */
@Table("risk_review_round")
public class ReviewRound {

    @Id
    private Long id;
    private Long projectId;
    private ReviewCause cause;
    private String reason;
    private Instant startedAt;
    @MappedCollection(idColumn = "review_round")
    private Set<RoundRisk> risks;

    ReviewRound() {
    }

    ReviewRound(long projectId, ReviewCause cause, String reason, Instant startedAt, Collection<Long> riskIds) {
        this.projectId = projectId;
        this.cause = cause;
        this.reason = reason;
        this.startedAt = startedAt;
        this.risks = riskIds.stream().map(RoundRisk::new).collect(Collectors.toSet());
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public ReviewCause cause() {
        return cause;
    }

    public String reason() {
        return reason;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The risks under review, by id. */
    public List<Long> riskIds() {
        return risks.stream().map(RoundRisk::riskId).sorted().toList();
    }

    @Table("risk_review_round_risk")
    record RoundRisk(long riskId) {
    }
}
