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

    @Id
    private Long id;
    private Long projectId;
    private AuditStatus status;
    private Instant openedAt;
    private String certificationBody;
    private String leadAuditor;
    private String auditTeam;
    private String auditedSites;
    private LocalDate stage1Date;
    private LocalDate stage2Date;
    private LocalDate evidencePackSentOn;
    private String evidencePackSentTo;
    private LocalDate stage1AuditedOn;
    private String stage1ReportReference;
    private String stage1Summary;
    private LocalDate stage2AuditedOn;
    private String stage2ReportReference;
    private Stage2Outcome stage2Outcome;
    private String stage2Summary;
    private String certificateNumber;
    private LocalDate certificateIssuedOn;
    private LocalDate certificateExpiresOn;
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
        certificationBody = logistics.certificationBody();
        leadAuditor = logistics.leadAuditor();
        auditTeam = logistics.auditTeam();
        auditedSites = logistics.auditedSites();
        stage1Date = logistics.stage1Date();
        stage2Date = logistics.stage2Date();
    }

    void evidencePackSent(LocalDate sentOn, String sentTo) {
        evidencePackSentOn = sentOn;
        evidencePackSentTo = sentTo;
    }

    void stage1Audited(StageReport report) {
        stage1AuditedOn = report.auditedOn();
        stage1ReportReference = report.reportReference();
        stage1Summary = report.summary();
        status = AuditStatus.STAGE_1_DONE;
    }

    void stage2Audited(StageReport report, Stage2Outcome outcome) {
        stage2AuditedOn = report.auditedOn();
        stage2ReportReference = report.reportReference();
        stage2Summary = report.summary();
        stage2Outcome = outcome;
    }

    void notCertified() {
        status = AuditStatus.NOT_CERTIFIED;
    }

    void certificateIssued(String number, LocalDate issuedOn) {
        certificateNumber = number;
        certificateIssuedOn = issuedOn;
        certificateExpiresOn = issuedOn.plusYears(VALIDITY_YEARS);
        status = AuditStatus.CERTIFIED;
    }

    void surveillanceAudited(StageReport report) {
        surveillanceAudits.add(new SurveillanceAudit(surveillanceAudits.size() + 1, report.auditedOn(),
                report.reportReference(), report.summary()));
    }

    void recertificationPlanned(LocalDate auditDate) {
        recertificationAuditDate = auditDate;
    }

    /** When the n-th surveillance audit is due: n years after the certificate was issued. */
    public LocalDate surveillanceDue(int number) {
        return certificateIssuedOn.plusMonths((long) MONTHS_BETWEEN_AUDITS * number);
    }

    /** The next surveillance audit due, while the certificate still needs one. */
    public Optional<LocalDate> nextSurveillanceDue() {
        return certificateIssuedOn == null || surveillanceAuditsLeft() == 0 ? Optional.empty()
                : Optional.of(surveillanceDue(surveillanceAudits.size() + 1));
    }

    public int surveillanceAuditsLeft() {
        return SURVEILLANCE_AUDITS - surveillanceAudits.size();
    }

    /** When the recertification audit is to be prepared: three months before the certificate expires. */
    public Optional<LocalDate> recertificationStart() {
        return Optional.ofNullable(certificateExpiresOn).map(d -> d.minusMonths(RECERTIFICATION_MONTHS_BEFORE_EXPIRY));
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

    public String certificationBody() {
        return certificationBody;
    }

    public String leadAuditor() {
        return leadAuditor;
    }

    public String auditTeam() {
        return auditTeam;
    }

    public String auditedSites() {
        return auditedSites;
    }

    public LocalDate stage1Date() {
        return stage1Date;
    }

    public LocalDate stage2Date() {
        return stage2Date;
    }

    public LocalDate evidencePackSentOn() {
        return evidencePackSentOn;
    }

    public String evidencePackSentTo() {
        return evidencePackSentTo;
    }

    public StageReport stage1Report() {
        return stage1AuditedOn == null ? null
                : new StageReport(stage1AuditedOn, stage1ReportReference, stage1Summary);
    }

    public StageReport stage2Report() {
        return stage2AuditedOn == null ? null
                : new StageReport(stage2AuditedOn, stage2ReportReference, stage2Summary);
    }

    public Stage2Outcome stage2Outcome() {
        return stage2Outcome;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public LocalDate certificateIssuedOn() {
        return certificateIssuedOn;
    }

    public LocalDate certificateExpiresOn() {
        return certificateExpiresOn;
    }

    /** The recertification audit's date, once agreed with the certification body. */
    public LocalDate recertificationAuditDate() {
        return recertificationAuditDate;
    }

    public Integer version() {
        return version;
    }
}
