package org.certflow.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;
import org.certflow.shared.HeadlineFigure;
import org.certflow.shared.HeadlineFigure.State;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certification at a glance on the project's page: where the latest certification audit stands (not certified is
 * serious; a next audit falling due needs attention), the latest readiness check for Stage 1 as it was recorded,
 * and the certificate in force.
 */
@Service
public class CertificationHeadlines {

    private final CertificationAudits audits;
    private final Readiness readiness;

    CertificationHeadlines(CertificationAudits audits, Readiness readiness) {
        this.audits = audits;
        this.readiness = readiness;
    }

    @Transactional(readOnly = true)
    public List<HeadlineFigure> of(long projectId) {
        LocalDate today = EngineClock.today();
        return List.of(audit(audits.latest(projectId), today), readiness(readiness.latest(projectId)),
                certificate(audits.latestCertified(projectId), today));
    }

    private static HeadlineFigure audit(Optional<CertificationAudit> latest, LocalDate today) {
        if (latest.isEmpty()) {
            return new HeadlineFigure("Certification audit", "Not started", State.OK);
        }
        CertificationAudit audit = latest.get();
        if (audit.status() == AuditStatus.NOT_CERTIFIED) {
            return new HeadlineFigure("Certification audit", audit.status().label(), State.ALARM);
        }
        return audit.nextAuditDue(today)
                ? new HeadlineFigure("Certification audit", audit.status().label() + ", next audit due",
                        State.ATTENTION)
                : new HeadlineFigure("Certification audit", audit.status().label(), State.OK);
    }

    private static HeadlineFigure readiness(Optional<ReadinessReport> latest) {
        return latest.map(report -> new HeadlineFigure("Stage 1 readiness", (report.results().size()
                        - report.failed().size()) + " of " + report.results().size() + " checks passed",
                        report.isReady() ? State.OK : State.ATTENTION))
                .orElse(new HeadlineFigure("Stage 1 readiness", "Not checked yet", State.OK));
    }

    private static HeadlineFigure certificate(Optional<CertificationAudit> certified, LocalDate today) {
        if (certified.isEmpty()) {
            return new HeadlineFigure("Certificate", "None yet", State.OK);
        }
        Certificate certificate = certified.get().certificate().orElseThrow();
        boolean valid = certified.get().isValidOn(today);
        return new HeadlineFigure("Certificate", certificate.number() + (valid ? ", valid until " : ", expired on ")
                + Dates.day(certificate.expiresOn()), valid ? State.OK : State.ALARM);
    }
}
