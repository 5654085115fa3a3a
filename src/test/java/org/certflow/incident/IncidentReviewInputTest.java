package org.certflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.incident.IncidentReportBuilder.aReport;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.certflow.project.Decisions;
import org.certflow.project.Project;
import org.certflow.shared.EngineClock;
import org.certflow.shared.ManagementReviewInput;
import org.certflow.shared.ReadinessCheck;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the incidents contribute to the management review and to the Stage 1 readiness checks. */
@SpringTest
class IncidentReviewInputTest extends IncidentTestSupport {

    @Autowired
    IncidentReviewInput reviewInput;
    @Autowired
    IncidentReadiness readiness;
    @Autowired
    Decisions decisions;

    @Test
    void the_review_counts_incidents_by_severity_and_names_the_open_ones_and_the_lessons_learned() {
        Project project = newProject();
        closed(report(aReport(project.id()).summary("Laptop left unlocked")), "Lock screens by policy.");
        report(aReport(project.id()).major().summary("Customer database copied"));

        assertThat(reviewInput.facts(project.id())).containsExactly(
                "2 incidents reported since the project started: 1 major, 0 high, 0 medium, 1 low.",
                "Open: \"Customer database copied\" (Major, Reported).",
                "Every triage and notification met its deadline.",
                "Lessons learned from \"Laptop left unlocked\": Lock screens by policy.");
        assertThat(reviewInput).isInstanceOf(ManagementReviewInput.class);
        assertThat(reviewInput.title()).isEqualTo("Incidents since the last review");
    }

    @Test
    void the_review_counts_from_the_last_management_review_on_and_marks_missed_deadlines() {
        Project project = newProject();
        closed(report(aReport(project.id()).summary("Before the review")), "Old lesson.");
        ClockUtil.setCurrentTime(Date.from(EngineClock.now().plus(Duration.ofDays(1))));
        decisions.record(project.id(), IncidentReviewInput.MANAGEMENT_REVIEW_DECISION, "Management review",
                "approve", null, "eva");
        LocalDate reviewDay = EngineClock.today();
        ClockUtil.setCurrentTime(Date.from(EngineClock.now().plus(Duration.ofDays(1))));
        report(aReport(project.id()).summary("After the review"));
        ClockUtil.setCurrentTime(Date.from(EngineClock.now().plus(Duration.ofHours(25))));

        assertThat(reviewInput.facts(project.id())).containsExactly(
                "1 incident reported since the last management review ("
                        + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(reviewDay)
                        + "): 0 major, 0 high, 0 medium, 1 low.",
                "Open: \"After the review\" (Low, Reported).",
                "Deadlines missed: triage late for 1, notification late for 0.");
    }

    @Test
    void a_major_incident_open_without_containment_fails_the_readiness_check_until_it_is_contained() {
        Project project = newProject();
        Incident major = report(aReport(project.id()).major().summary("Customer database copied"));
        triageAsProposed(major);

        assertThat(readiness.check(project.id())).first().satisfies(result -> {
            assertThat(result.passed()).isFalse();
            assertThat(result.finding()).isEqualTo("Not contained yet: \"Customer database copied\".");
        });

        contain(major);

        assertThat(readiness.check(project.id())).first().extracting(ReadinessCheck.Result::passed).isEqualTo(true);
    }

    @Test
    void an_overdue_notification_fails_the_readiness_check() {
        Project project = newProject();
        Incident incident = report(aReport(project.id()).personalData().summary("Payslips sent to the wrong team"));
        triageAsProposed(incident);
        assertThat(readiness.check(project.id())).allMatch(ReadinessCheck.Result::passed);

        ClockUtil.setCurrentTime(Date.from(incident.notificationDueAt().plus(Duration.ofMinutes(1))));

        assertThat(readiness.check(project.id())).last().satisfies(result -> {
            assertThat(result.passed()).isFalse();
            assertThat(result.finding()).isEqualTo("Overdue notification: \"Payslips sent to the wrong team\".");
        });
    }
}
