package org.certflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.incident.IncidentReportBuilder.aReport;

import java.time.Duration;
import java.time.Instant;

import org.certflow.incident.IncidentSla.Breach;
import org.junit.jupiter.api.Test;

/** The deadlines the incident list marks as breached, and the age it shows. */
class IncidentSlaTest {

    private static final Instant REPORTED = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void a_low_incident_is_due_for_triage_within_a_day_and_a_high_one_within_four_hours() {
        assertThat(proposed(aReport(1L), Severity.LOW).triageDueAt()).isEqualTo(REPORTED.plus(Duration.ofHours(24)));
        assertThat(proposed(aReport(1L), Severity.HIGH).triageDueAt()).isEqualTo(REPORTED.plus(Duration.ofHours(4)));
        assertThat(proposed(aReport(1L), Severity.MAJOR).triageDueAt()).isEqualTo(REPORTED.plus(Duration.ofHours(4)));
    }

    @Test
    void triage_not_done_by_its_deadline_is_a_breach_from_then_on() {
        Incident incident = proposed(aReport(1L), Severity.LOW);

        assertThat(incident.breaches(REPORTED.plus(Duration.ofHours(23)))).isEmpty();
        assertThat(incident.breaches(REPORTED.plus(Duration.ofHours(25)))).containsExactly(Breach.TRIAGE_LATE);
    }

    @Test
    void triage_in_time_is_no_breach_however_long_the_incident_stays_open() {
        Incident incident = proposed(aReport(1L), Severity.LOW);
        incident.triaged(Severity.LOW, null, REPORTED.plus(Duration.ofHours(2)), "ivan");

        assertThat(incident.breaches(REPORTED.plus(Duration.ofDays(30)))).isEmpty();
    }

    @Test
    void a_late_triage_stays_a_breach_after_it_is_done() {
        Incident incident = proposed(aReport(1L), Severity.HIGH);
        incident.triaged(Severity.HIGH, null, REPORTED.plus(Duration.ofHours(5)), "ivan");

        assertThat(incident.breaches(REPORTED.plus(Duration.ofHours(6)))).contains(Breach.TRIAGE_LATE);
    }

    @Test
    void notification_is_late_after_72_hours_only_when_notification_is_required() {
        Incident withPersonalData = triaged(aReport(1L).personalData(), Severity.LOW);
        Incident lowWithout = triaged(aReport(1L), Severity.LOW);
        Incident high = triaged(aReport(1L), Severity.HIGH);
        Instant afterDeadline = REPORTED.plus(Duration.ofHours(73));

        assertThat(withPersonalData.breaches(REPORTED.plus(Duration.ofHours(71)))).isEmpty();
        assertThat(withPersonalData.breaches(afterDeadline)).containsExactly(Breach.NOTIFICATION_LATE);
        assertThat(high.breaches(afterDeadline)).containsExactly(Breach.NOTIFICATION_LATE);
        assertThat(lowWithout.notificationRequired()).isFalse();
        assertThat(lowWithout.breaches(afterDeadline)).isEmpty();
    }

    @Test
    void notification_within_72_hours_is_no_breach() {
        Incident incident = triaged(aReport(1L), Severity.MAJOR);
        incident.notified("Authority and customers", REPORTED.plus(Duration.ofHours(70)), "ivan");

        assertThat(incident.breaches(REPORTED.plus(Duration.ofDays(10)))).isEmpty();
    }

    @Test
    void a_proposed_high_severity_needs_notification_even_before_triage() {
        Incident incident = proposed(aReport(1L), Severity.HIGH);

        assertThat(incident.notificationRequired()).isTrue();
        assertThat(incident.breaches(REPORTED.plus(Duration.ofHours(73))))
                .containsExactly(Breach.TRIAGE_LATE, Breach.NOTIFICATION_LATE);
    }

    @Test
    void age_runs_from_the_report_until_the_closure() {
        Incident incident = triaged(aReport(1L), Severity.LOW);
        assertThat(incident.age(REPORTED.plus(Duration.ofHours(30)))).isEqualTo(Duration.ofHours(30));

        incident.closed("Lessons", REPORTED.plus(Duration.ofDays(3)), "ivan");

        assertThat(incident.age(REPORTED.plus(Duration.ofDays(20)))).isEqualTo(Duration.ofDays(3));
    }

    private static Incident proposed(IncidentReportBuilder report, Severity proposed) {
        Incident incident = new Incident(report.build(), "colin", REPORTED);
        incident.severityProposed(proposed, REPORTED);
        return incident;
    }

    private static Incident triaged(IncidentReportBuilder report, Severity severity) {
        Incident incident = proposed(report, severity);
        incident.triaged(severity, null, REPORTED.plus(Duration.ofHours(1)), "ivan");
        return incident;
    }
}
