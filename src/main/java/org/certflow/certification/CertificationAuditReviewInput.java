package org.certflow.certification;

import static org.certflow.shared.Dates.day;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.certflow.project.ReviewPeriod;
import org.certflow.security.People;
import org.certflow.shared.ManagementReviewInput;
import org.certflow.shared.ReviewFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clause 9.3.2 d 3 (and d 1): the results of the certification body's audits. For each audit cycle of the project
 * still running or with something since the last review: Stage 1, Stage 2 and its outcome, the certificate, the
 * surveillance audits, and every finding with the state of its corrective action; older cycles whose findings are
 * all closed were reported to earlier reviews.
 */
@Component
class CertificationAuditReviewInput implements ManagementReviewInput {

    private final CertificationAuditRepository audits;
    private final CertificationFindingRepository findings;
    private final ReviewPeriod period;
    private final People people;

    CertificationAuditReviewInput(CertificationAuditRepository audits, CertificationFindingRepository findings,
                                  ReviewPeriod period, People people) {
        this.audits = audits;
        this.findings = findings;
        this.period = period;
        this.people = people;
    }

    @Override
    public String title() {
        return "Certification body audits and their findings";
    }

    @Override
    public int position() {
        return 45;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> facts(long projectId) {
        LocalDate since = LocalDate.ofInstant(period.start(projectId).at(), ZoneId.systemDefault());
        List<String> facts = new ArrayList<>();
        for (CertificationAudit audit : audits.findByProjectIdOrderByOpenedAtDescIdDesc(projectId)) {
            List<CertificationFinding> found = findings.findByAuditIdOrderById(audit.id());
            if (audit.status().isInProgress() || found.stream().anyMatch(CertificationFinding::isOpen)
                    || lastEvent(audit).isAfter(since)) {
                facts.addAll(cycle(audit));
                found.forEach(finding -> facts.add(finding(finding)));
            }
        }
        return facts;
    }

    private List<String> cycle(CertificationAudit audit) {
        List<String> facts = new ArrayList<>();
        facts.add("Certification audit opened on " + day(audit.openedAt())
                + audit.logistics().map(l -> " with " + l.certificationBody() + ", Stage 1 planned for "
                        + day(l.stage1Date()) + " and Stage 2 for " + day(l.stage2Date())).orElse("") + ": "
                + audit.status().label().toLowerCase() + ".");
        audit.stage1Report().ifPresent(r -> facts.add(report("Stage 1", r)));
        audit.stage2Report().ifPresent(r -> facts.add(report("Stage 2", r) + (audit.stage2Outcome() == null ? ""
                : " Outcome: " + audit.stage2Outcome().label().toLowerCase() + ".")));
        audit.certificate().ifPresent(c -> facts.add("Certificate " + c.number() + " issued on " + day(c.issuedOn())
                + ", valid until " + day(c.expiresOn()) + audit.nextSurveillanceDue()
                .map(due -> "; next surveillance audit due " + day(due)).orElse("") + "."));
        audit.surveillanceAudits().forEach(s -> facts.add(report("Surveillance audit " + s.surveillanceNumber(),
                new StageReport(s.auditedOn(), s.reportReference(), s.summary()))));
        return facts;
    }

    private static String report(String audit, StageReport report) {
        return audit + " on " + day(report.auditedOn()) + (report.reportReference() == null ? ""
                : " (report " + report.reportReference() + ")") + (report.summary() == null ? "."
                : ": " + report.summary().strip() + (report.summary().strip().endsWith(".") ? "" : "."));
    }

    /** E.g. "Stage 1 minor nonconformity, A.5.15: ... Owner: Colin Ortega; corrective action under way since ...". */
    private String finding(CertificationFinding finding) {
        String state = switch (finding.status()) {
            case OPEN -> "no corrective action raised yet";
            case IN_CORRECTION -> "corrective action under way since " + day(finding.raisedAt());
            case CLOSED -> "corrected and closed on " + day(finding.closedAt());
            case NOTED -> "noted, it needs no corrective action";
        };
        String quoted = ReviewFacts.quoted(finding.description());
        return finding.title() + ": " + quoted + (quoted.matches(".*[.!?…]$") ? "" : ".") + " Owner: "
                + people.displayName(finding.owner()) + "; " + state + ".";
    }

    /** The cycle's latest dated step, to tell whether an earlier review already heard of it. */
    private static LocalDate lastEvent(CertificationAudit audit) {
        List<LocalDate> days = new ArrayList<>(List.of(LocalDate.ofInstant(audit.openedAt(), ZoneId.systemDefault())));
        audit.stage1Report().ifPresent(r -> days.add(r.auditedOn()));
        audit.stage2Report().ifPresent(r -> days.add(r.auditedOn()));
        audit.certificate().ifPresent(c -> days.add(c.issuedOn()));
        audit.surveillanceAudits().forEach(s -> days.add(s.auditedOn()));
        return days.stream().max(LocalDate::compareTo).orElseThrow();
    }
}
