package org.certflow.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.certflow.project.ProjectService;
import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certification audit cycles of projects, as CertificationAuditProcess records them step by step: logistics,
 * evidence pack, Stage 1, Stage 2, certificate, surveillance and recertification. A project has at most one
 * cycle in progress. Refused input changes nothing ({@link InvalidCertificationInputException}).
 */
@Service
public class CertificationAudits {

    private final CertificationAuditRepository audits;
    private final CertificationFindingRepository findings;
    private final ProjectService projects;

    CertificationAudits(CertificationAuditRepository audits, CertificationFindingRepository findings,
                        ProjectService projects) {
        this.audits = audits;
        this.findings = findings;
        this.projects = projects;
    }

    /** The project's cycle in progress, or a new one. */
    @Transactional
    public CertificationAudit open(long projectId) {
        return inProgress(projectId).orElseGet(() -> audits.save(new CertificationAudit(projectId, EngineClock.now())));
    }

    @Transactional(readOnly = true)
    public Optional<CertificationAudit> inProgress(long projectId) {
        return latest(projectId).filter(a -> a.status().isInProgress());
    }

    @Transactional(readOnly = true)
    public Optional<CertificationAudit> latest(long projectId) {
        return audits.findByProjectIdOrderByOpenedAtDescIdDesc(projectId).stream().findFirst();
    }

    /** The cycle of the project's latest certificate, also while the next cycle (its recertification) runs. */
    @Transactional(readOnly = true)
    public Optional<CertificationAudit> latestCertified(long projectId) {
        return audits.findByProjectIdOrderByOpenedAtDescIdDesc(projectId).stream()
                .filter(a -> a.certificate().isPresent()).findFirst();
    }

    @Transactional(readOnly = true)
    public CertificationAudit get(long auditId) {
        return audits.findById(auditId).orElseThrow(() -> new IllegalArgumentException("No certification audit "
                + auditId));
    }

    @Transactional
    public CertificationAudit arrangeLogistics(long auditId, AuditLogistics logistics) {
        if (logistics.certificationBody() == null || logistics.certificationBody().isBlank()) {
            throw new InvalidCertificationInputException("certificationBody", "Name the certification body.");
        }
        if (logistics.stage1Date().isBefore(EngineClock.today())) {
            throw new InvalidCertificationInputException("stage1Date", "Stage 1 cannot be planned in the past.");
        }
        if (!logistics.stage2Date().isAfter(logistics.stage1Date())) {
            throw new InvalidCertificationInputException("stage2Date", "Stage 2 must come after Stage 1.");
        }
        CertificationAudit audit = get(auditId);
        audit.arrangeLogistics(logistics);
        return audits.save(audit);
    }

    @Transactional
    public void evidencePackSent(long auditId, LocalDate sentOn, String sentTo) {
        notInFuture("evidencePackSentOn", sentOn, "The day the pack was sent");
        CertificationAudit audit = get(auditId);
        audit.evidencePackSent(sentOn, sentTo);
        audits.save(audit);
    }

    /** Records Stage 1: its findings are then raised as corrective actions, and no more can be added. */
    @Transactional
    public CertificationAudit stage1Audited(long auditId, StageReport report) {
        notInFuture("stage1AuditedOn", report.auditedOn(), "The last day of Stage 1");
        CertificationAudit audit = get(auditId);
        audit.stage1Audited(report);
        return audits.save(audit);
    }

    /**
     * Records Stage 2. A recommendation is refused while a major nonconformity is open, and major nonconformities
     * must be recorded as findings, to be corrected. Its open observations and opportunities are noted: they need
     * no corrective action.
     */
    @Transactional
    public CertificationAudit stage2Audited(long auditId, StageReport report, Stage2Outcome outcome) {
        notInFuture("stage2AuditedOn", report.auditedOn(), "The last day of Stage 2");
        List<CertificationFinding> stage2 = findings.findByAuditIdOrderById(auditId).stream()
                .filter(f -> f.stage() == AuditStage.STAGE_2).toList();
        boolean majorOpen = stage2.stream().anyMatch(f -> f.isOpen()
                && f.grade() == FindingGrade.MAJOR_NONCONFORMITY);
        if (outcome == Stage2Outcome.RECOMMENDED && majorOpen) {
            throw new InvalidCertificationInputException("stage2Outcome", "A major nonconformity is still open: "
                    + "certification cannot be recommended before it is corrected.");
        }
        if (outcome == Stage2Outcome.MAJOR_NONCONFORMITIES && !majorOpen) {
            throw new InvalidCertificationInputException("stage2Outcome", "Record each major nonconformity as a "
                    + "Stage 2 finding above, so that it gets its corrective action.");
        }
        stage2.stream().filter(f -> f.status() == FindingStatus.OPEN && !AuditStage.STAGE_2.needsCorrection(f.grade()))
                .forEach(f -> {
                    f.noted();
                    findings.save(f);
                });
        CertificationAudit audit = get(auditId);
        audit.stage2Audited(report, outcome);
        return audits.save(audit);
    }

    @Transactional
    public void notCertified(long auditId) {
        CertificationAudit audit = get(auditId);
        audit.notCertified();
        audits.save(audit);
        projects.notCertified(audit.projectId());
    }

    /** Records the certificate (valid three years from its issue) in the cycle and in the project. */
    @Transactional
    public CertificationAudit certificateIssued(long auditId, String number, LocalDate issuedOn) {
        if (number == null || number.isBlank()) {
            throw new InvalidCertificationInputException("certificateNumber", "Give the certificate's number.");
        }
        notInFuture("certificateIssueDate", issuedOn, "The issue date");
        CertificationAudit audit = get(auditId);
        audit.certificateIssued(number.trim(), issuedOn);
        projects.certified(audit.projectId(), number.trim());
        return audits.save(audit);
    }

    @Transactional
    public CertificationAudit surveillanceAudited(long auditId, StageReport report) {
        notInFuture("surveillanceAuditedOn", report.auditedOn(), "The surveillance audit's day");
        CertificationAudit audit = get(auditId);
        if (audit.surveillanceAuditsLeft() == 0) {
            throw new InvalidCertificationInputException("surveillanceAuditedOn", "Both surveillance audits of this "
                    + "certificate are recorded: the next audit is the recertification.");
        }
        audit.surveillanceAudited(report);
        return audits.save(audit);
    }

    /** The recertification audit agreed with the certification body, before the certificate expires. */
    @Transactional
    public void recertificationPlanned(long auditId, LocalDate auditDate) {
        CertificationAudit audit = get(auditId);
        if (auditDate.isBefore(EngineClock.today()) || !auditDate.isBefore(audit.certificate().orElseThrow().expiresOn())) {
            throw new InvalidCertificationInputException("recertificationAuditDate",
                    "Plan the recertification audit between today and the certificate's expiry.");
        }
        audit.recertificationPlanned(auditDate);
        audits.save(audit);
    }

    private static void notInFuture(String field, LocalDate date, String what) {
        if (date.isAfter(EngineClock.today())) {
            throw new InvalidCertificationInputException(field, what + " cannot lie in the future.");
        }
    }
}
