package org.certflow.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A risk in a project's register: what is at risk and how, rated by the risk matrix before treatment (inherent)
 * and with its treatment in place (residual), who owns it, how it is treated and by which controls, when it is
 * reviewed next, and whether an executive accepted a residual risk above the project's appetite.
 */
@Table("risk")
public class Risk {

    @Id
    private Long id;
    private Long projectId;
    private String title;
    private String asset;
    private RiskThreat threat;
    private int likelihood;
    private int impact;
    private int inherentScore;
    private RiskLevel inherentLevel;
    private int residualLikelihood;
    private int residualImpact;
    private int residualScore;
    private RiskLevel residualLevel;
    private String owner;
    private RiskTreatment treatment;
    private String treatmentPlan;
    private LocalDate nextReview;
    private Instant lastReviewedAt;
    private LocalDate acceptedUntil;
    private String acceptedBy;
    private String createdBy;
    private Instant createdAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "risk")
    private Set<RiskControl> controls = new HashSet<>();

    Risk() {
    }

    Risk(long projectId, String createdBy, Instant createdAt) {
        this.projectId = projectId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public String title() {
        return title;
    }

    public String asset() {
        return asset;
    }

    public RiskThreat threat() {
        return threat;
    }

    public int likelihood() {
        return likelihood;
    }

    public int impact() {
        return impact;
    }

    public RiskRating inherent() {
        return new RiskRating(inherentScore, inherentLevel);
    }

    public int residualLikelihood() {
        return residualLikelihood;
    }

    public int residualImpact() {
        return residualImpact;
    }

    public RiskRating residual() {
        return new RiskRating(residualScore, residualLevel);
    }

    public String owner() {
        return owner;
    }

    public RiskTreatment treatment() {
        return treatment;
    }

    public String treatmentPlan() {
        return treatmentPlan;
    }

    /** Control keys, sorted. */
    public Set<String> controls() {
        return controls.stream().map(RiskControl::controlKey).collect(Collectors.toCollection(TreeSet::new));
    }

    public LocalDate nextReview() {
        return nextReview;
    }

    public Instant lastReviewedAt() {
        return lastReviewedAt;
    }

    public LocalDate acceptedUntil() {
        return acceptedUntil;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Integer version() {
        return version;
    }

    public boolean isAboveAppetite(int appetite) {
        return residualScore > appetite;
    }

    /** Whether an executive's acceptance of the residual risk still holds on that day. */
    public boolean isAcceptedOn(LocalDate day) {
        return acceptedUntil != null && !acceptedUntil.isBefore(day);
    }

    /** Above the appetite and nobody (any more) accepts it: only an executive may take such a risk. */
    public boolean needsAcceptance(int appetite, LocalDate day) {
        return isAboveAppetite(appetite) && !isAcceptedOn(day);
    }

    public boolean isReviewOverdue(LocalDate today) {
        return nextReview.isBefore(today);
    }

    /**
     * Due in a review held now when waiting for the next scheduled review, on {@code nextRound}, would leave it
     * unreviewed past its review date or past the end of its acceptance, or when nobody accepts it at all.
     */
    boolean isDueBefore(LocalDate nextRound, int appetite) {
        return nextReview.isBefore(nextRound) || isAboveAppetite(appetite) && !isAcceptedOn(nextRound);
    }

    void describe(RiskInput input) {
        this.title = input.title().trim();
        this.asset = input.asset().trim();
        this.threat = input.threat();
        this.owner = input.owner();
        this.nextReview = input.nextReview();
        linkControls(input.controls());
    }

    /**
     * Rates the risk with the matrix and sets its treatment. A residual risk rated differently is no longer the one
     * an executive accepted, so the acceptance lapses.
     */
    void rate(RiskMatrix matrix, int likelihood, int impact, int residualLikelihood, int residualImpact,
              RiskTreatment treatment, String treatmentPlan) {
        RiskRating inherent = matrix.rate(likelihood, impact);
        RiskRating residual = matrix.rate(residualLikelihood, residualImpact);
        if (residual.score() != residualScore) {
            acceptedUntil = null;
            acceptedBy = null;
        }
        this.likelihood = likelihood;
        this.impact = impact;
        this.inherentScore = inherent.score();
        this.inherentLevel = inherent.level();
        this.residualLikelihood = residualLikelihood;
        this.residualImpact = residualImpact;
        this.residualScore = residual.score();
        this.residualLevel = residual.level();
        this.treatment = treatment;
        this.treatmentPlan = treatmentPlan.trim();
    }

    /** Links the controls that carry the treatment, e.g. as its owner changes them in a review. */
    void linkControls(Set<String> controlKeys) {
        this.controls = controlKeys.stream().map(RiskControl::new).collect(Collectors.toSet());
    }

    void accepted(LocalDate until, String by) {
        this.acceptedUntil = until;
        this.acceptedBy = by;
    }

    void reviewed(Instant at, LocalDate nextReview) {
        this.lastReviewedAt = at;
        this.nextReview = nextReview;
    }
}
