package org.certflow.certification;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A finding of the certification body at Stage 1 or Stage 2, graded, with the person who owns its correction.
 * Each Stage 1 finding and each Stage 2 nonconformity is raised as a corrective action (CorrectiveActionProcess) and
 * closed once its action is found effective; Stage 2 observations and opportunities are noted.
 */
@Table("certification_finding")
public class CertificationFinding {

    @Id
    private Long id;
    private Long auditId;
    private AuditStage stage;
    private FindingGrade grade;
    private String requirement;
    private String description;
    private String owner;
    private FindingStatus status;
    private Instant raisedAt;
    private Instant closedAt;
    @Version
    private Integer version;

    CertificationFinding() {
    }

    CertificationFinding(long auditId, AuditStage stage, NewFinding finding) {
        this.auditId = auditId;
        this.stage = stage;
        this.grade = finding.grade();
        this.requirement = finding.requirement();
        this.description = finding.description();
        this.owner = finding.owner();
        this.status = FindingStatus.OPEN;
    }

    void correctionStarted(Instant at) {
        status = FindingStatus.IN_CORRECTION;
        raisedAt = at;
    }

    void closed(Instant at) {
        status = FindingStatus.CLOSED;
        closedAt = at;
    }

    void noted() {
        status = FindingStatus.NOTED;
    }

    public Long id() {
        return id;
    }

    public Long auditId() {
        return auditId;
    }

    public AuditStage stage() {
        return stage;
    }

    public FindingGrade grade() {
        return grade;
    }

    /** The clause or control the finding is against, e.g. 6.1.3 or A.5.15; may be empty. */
    public String requirement() {
        return requirement;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public FindingStatus status() {
        return status;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** One line naming the finding, e.g. "Stage 1 minor nonconformity, A.5.15". */
    public String title() {
        return stage.label() + " " + grade.label().toLowerCase() + (requirement == null ? "" : ", " + requirement);
    }

    /** Open, or in correction: work is left to do on it. */
    public boolean isOpen() {
        return status == FindingStatus.OPEN || status == FindingStatus.IN_CORRECTION;
    }
}
