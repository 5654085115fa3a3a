package org.certflow.risk;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One impact assessment of an AI system (ISO 42001 6.1.4, A.5.2-A.5.5): who is affected, which fundamental rights
 * are at stake, the impact on society, the mitigations; approved by the AI governance lead, then due again at
 * {@code nextAssessment}. A draft sent back stays on record unapproved.
 */
@Table("ai_impact_assessment")
public class AiImpactAssessment {

    @Id
    private Long id;
    private Long aiSystemId;
    private String affectedGroups;
    private String fundamentalRights;
    private String societalImpact;
    private String mitigations;
    private AiImpactLevel impactLevel;
    private String assessedBy;
    private Instant assessedAt;
    private String approvedBy;
    private Instant approvedAt;
    private LocalDate nextAssessment;

    AiImpactAssessment() {
    }

    AiImpactAssessment(long aiSystemId, AiImpactInput input, String assessedBy, Instant assessedAt) {
        this.aiSystemId = aiSystemId;
        this.affectedGroups = input.affectedGroups().trim();
        this.fundamentalRights = input.fundamentalRights().trim();
        this.societalImpact = input.societalImpact().trim();
        this.mitigations = input.mitigations().trim();
        this.impactLevel = input.impactLevel();
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
    }

    public Long id() {
        return id;
    }

    public long aiSystemId() {
        return aiSystemId;
    }

    public String affectedGroups() {
        return affectedGroups;
    }

    public String fundamentalRights() {
        return fundamentalRights;
    }

    public String societalImpact() {
        return societalImpact;
    }

    public String mitigations() {
        return mitigations;
    }

    public AiImpactLevel impactLevel() {
        return impactLevel;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public LocalDate nextAssessment() {
        return nextAssessment;
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    /** Approved and not yet due again on that day. */
    public boolean isCurrentOn(LocalDate day) {
        return isApproved() && !nextAssessment.isBefore(day);
    }

    void approve(String by, Instant at, LocalDate nextAssessment) {
        this.approvedBy = by;
        this.approvedAt = at;
        this.nextAssessment = nextAssessment;
    }
}
