package org.certflow.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;
import org.certflow.shared.HeadlineFigure;
import org.certflow.shared.HeadlineFigure.State;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What certification shows on the project's page. */
@SpringTest
class CertificationHeadlinesTest extends CertificationTestSupport {

    @Autowired
    CertificationHeadlines headlines;
    @Autowired
    CertificationAudits audits;
    @Autowired
    Readiness readiness;

    @Test
    void an_audit_in_preparation_shows_its_failing_readiness_checks() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        assertThat(headlines.of(project.id())).containsExactly(
                new HeadlineFigure("Certification audit", "Not started", State.OK),
                new HeadlineFigure("Stage 1 readiness", "Not checked yet", State.OK),
                new HeadlineFigure("Certificate", "None yet", State.OK));

        audits.open(project.id());
        ReadinessReport report = readiness.check(project.id());

        assertThat(report.isReady()).isFalse();
        assertThat(headlines.of(project.id())).startsWith(
                new HeadlineFigure("Certification audit", "In preparation", State.OK),
                new HeadlineFigure("Stage 1 readiness", (report.results().size() - report.failed().size()) + " of "
                        + report.results().size() + " checks passed", State.ATTENTION));
    }

    @Test
    void a_certificate_is_shown_valid_and_once_expired_is_an_alarm() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        LocalDate issued = EngineClock.today();
        audits.certificateIssued(audits.open(project.id()).id(), "ISMS-7", issued);

        assertThat(headlines.of(project.id())).containsExactly(
                new HeadlineFigure("Certification audit", "Certified", State.OK),
                new HeadlineFigure("Stage 1 readiness", "Not checked yet", State.OK),
                new HeadlineFigure("Certificate", "ISMS-7, valid until " + Dates.day(issued.plusYears(3)), State.OK));

        later(Duration.ofDays(3 * 366));
        assertThat(headlines.of(project.id())).containsExactly(
                new HeadlineFigure("Certification audit", "Certified, next audit due", State.ATTENTION),
                new HeadlineFigure("Stage 1 readiness", "Not checked yet", State.OK),
                new HeadlineFigure("Certificate", "ISMS-7, expired on " + Dates.day(issued.plusYears(3)),
                        State.ALARM));
    }
}
