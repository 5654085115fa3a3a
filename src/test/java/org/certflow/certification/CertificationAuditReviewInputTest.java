package org.certflow.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.shared.Dates.day;

import java.time.Duration;
import java.time.LocalDate;

import org.certflow.audit.CorrectiveActionProgressed;
import org.certflow.audit.FindingStep;
import org.certflow.project.Decisions;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** The management review's input on the certification body's audits (clause 9.3.2 d 3). */
@SpringTest
class CertificationAuditReviewInputTest extends CertificationTestSupport {

    @Autowired
    CertificationAuditReviewInput input;
    @Autowired
    CertificationAudits audits;
    @Autowired
    AuditFindings findings;
    @Autowired
    Decisions decisions;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void a_cycle_reports_its_stages_certificate_surveillance_and_each_finding_with_its_corrective_action() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        LocalDate today = EngineClock.today();
        CertificationAudit audit = audits.open(project.id());
        audits.arrangeLogistics(audit.id(), new AuditLogistics("Certo Ltd", "Lena Lead", null, "Head office",
                today, today.plusDays(30)));
        CertificationFinding accessReviews = findings.record(audit.id(), AuditStage.STAGE_1, new NewFinding(
                FindingGrade.MINOR_NONCONFORMITY, "A.5.15", "Access reviews not documented", CONTROL_OWNER),
                PROJECT_MANAGER);
        audits.stage1Audited(audit.id(), new StageReport(today, "CB-S1", "Documentation largely in place."));
        findings.correctionStarted(accessReviews.id());
        foundEffective(project, accessReviews);
        CertificationFinding logging = findings.record(audit.id(), AuditStage.STAGE_2, new NewFinding(
                FindingGrade.MINOR_NONCONFORMITY, "A.8.15", "Logs kept for 30 days only.", CONTROL_OWNER),
                PROJECT_MANAGER);
        findings.record(audit.id(), AuditStage.STAGE_2, new NewFinding(FindingGrade.OBSERVATION, null,
                "Objectives lack measures.", CONTROL_OWNER), PROJECT_MANAGER);
        audits.stage2Audited(audit.id(), new StageReport(today, "CB-S2", "Controls operate as described"),
                Stage2Outcome.RECOMMENDED);
        findings.correctionStarted(logging.id());
        audits.certificateIssued(audit.id(), "ISMS-4711", today);
        audits.surveillanceAudited(audit.id(), new StageReport(today, null, "No new findings."));

        assertThat(input.title()).isEqualTo("Certification body audits and their findings");
        assertThat(input.facts(project.id())).containsExactly(
                "Certification audit opened on " + day(today) + " with Certo Ltd, Stage 1 planned for " + day(today)
                        + " and Stage 2 for " + day(today.plusDays(30)) + ": certified.",
                "Stage 1 on " + day(today) + " (report CB-S1): Documentation largely in place.",
                "Stage 2 on " + day(today) + " (report CB-S2): Controls operate as described. Outcome: certification "
                        + "recommended.",
                "Certificate ISMS-4711 issued on " + day(today) + ", valid until " + day(today.plusYears(3))
                        + "; next surveillance audit due " + day(today.plusYears(2)) + ".",
                "Surveillance audit 1 on " + day(today) + ": No new findings.",
                "Stage 1 minor nonconformity, A.5.15: Access reviews not documented. Owner: Colin Ortega; corrected "
                        + "and closed on " + day(today) + ".",
                "Stage 2 minor nonconformity, A.8.15: Logs kept for 30 days only. Owner: Colin Ortega; corrective "
                        + "action under way since " + day(today) + ".",
                "Stage 2 observation: Objectives lack measures. Owner: Colin Ortega; noted, it needs no corrective "
                        + "action.");
    }

    @Test
    void a_cycle_ended_before_the_last_review_with_its_findings_closed_was_reported_then() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        assertThat(input.facts(project.id())).as("no certification audit yet").isEmpty();
        CertificationAudit earlier = audits.open(project.id());
        CertificationFinding closed = findings.record(earlier.id(), AuditStage.STAGE_1, new NewFinding(
                FindingGrade.OBSERVATION, null, "Objectives lack measures.", CONTROL_OWNER), PROJECT_MANAGER);
        audits.stage1Audited(earlier.id(), new StageReport(EngineClock.today(), "CB-S1", null));
        findings.correctionStarted(closed.id());
        foundEffective(project, closed);
        audits.notCertified(earlier.id());
        later(Duration.ofDays(10));
        decisions.record(project.id(), "Task_DecideManagementReview", "Take management review decisions",
                "approve", null, EXECUTIVE);
        later(Duration.ofDays(5));

        CertificationAudit next = audits.open(project.id());

        assertThat(next.id()).isNotEqualTo(earlier.id());
        assertThat(input.facts(project.id())).containsExactly("Certification audit opened on "
                + day(EngineClock.today()) + ": in preparation.");
    }

    /** What CorrectiveActionProcess tells when the auditor finds the finding's corrective action effective. */
    private void foundEffective(Project project, CertificationFinding finding) {
        events.publishEvent(new CorrectiveActionProgressed(project.id(), finding.stage().source(), finding.id(),
                FindingStep.VERIFIED_EFFECTIVE, "Effective", null, "aude", EngineClock.now()));
    }
}
