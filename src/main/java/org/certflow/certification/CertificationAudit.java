package org.certflow.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One certification audit cycle of a project: the logistics agreed with the certification body, the evidence
 * pack, the Stage 1 and Stage 2 reports, then the certificate (valid three years), its two yearly surveillance
 * audits and the preparation of the recertification three months before it expires.
 */
@Table("certification_audit")
public class CertificationAudit {

    static final int VALIDITY_YEARS = 3;
    static final int SURVEILLANCE_AUDITS = 2;
    static final int MONTHS_BETWEEN_AUDITS = 12;
    static final int RECERTIFICATION_MONTHS_BEFORE_EXPIRY = 3;
    /** Stage 1 findings are to be corrected this many days before Stage 2. */
    static final int CORRECTED_DAYS_BEFORE_STAGE_2 = 7;
    /** Major nonconformities of Stage 2 are to be corrected in time for the follow-up within 90 days. */
    static final int STAGE_2_CORRECTION_DAYS = 60;
    static final int SHORTEST_CORRECTION_DAYS = 7;

    @Id
    private Long id;
    private Long projectId;
    private AuditStatus status;
    private Instant openedAt;
    @Embedded.Nullable
    private AuditLogistics logistics;
    private LocalDate evidencePackSentOn;
    private String evidencePackSentTo;
    @Embedded.Nullable(prefix = "stage1_")
    private StageReport stage1Report;
    @Embedded.Nullable(prefix = "stage2_")
    private StageReport stage2Report;
    private Stage2Outcome stage2Outcome;
    @Embedded.Nullable(prefix = "certificate_")
    private Certificate certificate;
    private LocalDate recertificationAuditDate;
    @MappedCollection(idColumn = "certification_audit")
    private Set<SurveillanceAudit> surveillanceAudits = new HashSet<>();
    @Version
    private Integer version;

    CertificationAudit() {
    }

    CertificationAudit(long projectId, Instant openedAt) {
        this.projectId = projectId;
        this.openedAt = openedAt;
        this.status = AuditStatus.PREPARING;
    }

    void arrangeLogistics(AuditLogistics logistics) {
        this.logistics = logistics;
    }

    void evidencePackSent(LocalDate sentOn, String sentTo) {
        evidencePackSentOn = sentOn;
        evidencePackSentTo = sentTo;
    }

    void stage1Audited(StageReport report) {
        stage1Report = report;
        status = AuditStatus.STAGE_1_DONE;
    }

    void stage2Audited(StageReport report, Stage2Outcome outcome) {
        stage2Report = report;
        stage2Outcome = outcome;
    }

    void notCertified() {
        status = AuditStatus.NOT_CERTIFIED;
    }

    void certificateIssued(String number, LocalDate issuedOn) {
        certificate = new Certificate(number, issuedOn, issuedOn.plusYears(VALIDITY_YEARS));
        status = AuditStatus.CERTIFIED;
    }

    void surveillanceAudited(StageReport report) {
        surveillanceAudits.add(new SurveillanceAudit(surveillanceAudits.size() + 1, report.auditedOn(),
                report.reportReference(), report.summary()));
    }

    void recertificationPlanned(LocalDate auditDate) {
        recertificationAuditDate = auditDate;
    }

    /**
     * By when a finding of the stage is to be corrected: a week before Stage 2 for Stage 1 findings, 60 days after
     * Stage 2 for its own; never sooner than a week from {@code today}.
     */
    public LocalDate correctionDue(AuditStage stage, LocalDate today) {
        LocalDate due = stage == AuditStage.STAGE_1
                ? logistics().map(l -> l.stage2Date().minusDays(CORRECTED_DAYS_BEFORE_STAGE_2)).orElse(today)
                : stage2Report().map(r -> r.auditedOn().plusDays(STAGE_2_CORRECTION_DAYS)).orElse(today);
        LocalDate earliest = today.plusDays(SHORTEST_CORRECTION_DAYS);
        return due.isBefore(earliest) ? earliest : due;
    }

    /** When the n-th surveillance audit is due: n years after the certificate was issued. */
    public LocalDate surveillanceDue(int number) {
        return certificate.issuedOn().plusMonths((long) MONTHS_BETWEEN_AUDITS * number);
    }

    /** The next surveillance audit due, while the certificate still needs one. */
    public Optional<LocalDate> nextSurveillanceDue() {
        return certificate == null || surveillanceAuditsLeft() == 0 ? Optional.empty()
                : Optional.of(surveillanceDue(surveillanceAudits.size() + 1));
    }

    public int surveillanceAuditsLeft() {
        return SURVEILLANCE_AUDITS - surveillanceAudits.size();
    }

    /** When the recertification audit is to be prepared: three months before the certificate expires. */
    public Optional<LocalDate> recertificationStart() {
        return certificate().map(c -> c.expiresOn().minusMonths(RECERTIFICATION_MONTHS_BEFORE_EXPIRY));
    }

    /** Whether the certificate is still valid on the day. */
    public boolean isValidOn(LocalDate day) {
        return certificate().map(c -> !day.isAfter(c.expiresOn())).orElse(false);
    }

    /**
     * Whether the next certification audit is due after this cycle: not while it runs; after it when it ended not
     * certified; with a certificate, from three months before its expiry (and after it expired).
     */
    public boolean nextAuditDue(LocalDate today) {
        return switch (status) {
            case PREPARING, STAGE_1_DONE -> false;
            case NOT_CERTIFIED -> true;
            case CERTIFIED -> !today.isBefore(recertificationStart().orElseThrow());
        };
    }

    public List<SurveillanceAudit> surveillanceAudits() {
        return surveillanceAudits.stream().sorted(Comparator.comparingInt(SurveillanceAudit::surveillanceNumber))
                .toList();
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public AuditStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    /** Who audits, where and when; empty until arranged. */
    public Optional<AuditLogistics> logistics() {
        return Optional.ofNullable(logistics);
    }

    public LocalDate evidencePackSentOn() {
        return evidencePackSentOn;
    }

    public String evidencePackSentTo() {
        return evidencePackSentTo;
    }

    public Optional<StageReport> stage1Report() {
        return Optional.ofNullable(stage1Report);
    }

    public Optional<StageReport> stage2Report() {
        return Optional.ofNullable(stage2Report);
    }

    public Stage2Outcome stage2Outcome() {
        return stage2Outcome;
    }

    public Optional<Certificate> certificate() {
        return Optional.ofNullable(certificate);
    }

    /** The recertification audit's date, once agreed with the certification body. */
    public LocalDate recertificationAuditDate() {
        return recertificationAuditDate;
    }

    public Integer version() {
        return version;
    }
}
