package org.certflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.incident.IncidentReportBuilder.aReport;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

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
    void a_task_open_after_its_due_date_is_a_breach_of_its_kind_and_stays_one_when_done_late() {
        Incident incident = triaged(aReport(1L), Severity.LOW);
        Instant containmentDue = REPORTED.plus(Duration.ofHours(25));
        incident.deadlineSet(Breach.CONTAINMENT_LATE, "task-1", containmentDue);

        assertThat(incident.breaches(containmentDue)).isEmpty();
        assertThat(incident.breaches(containmentDue.plusSeconds(1))).containsExactly(Breach.CONTAINMENT_LATE);
        incident.deadlineMet("task-1", containmentDue.plus(Duration.ofHours(2)));

        assertThat(incident.breaches(REPORTED.plus(Duration.ofDays(30)))).containsExactly(Breach.CONTAINMENT_LATE);
    }

    @Test
    void a_task_done_by_its_due_date_is_no_breach_however_long_the_incident_stays_open() {
        Incident incident = triaged(aReport(1L), Severity.LOW);
        Instant rootCauseDue = REPORTED.plus(Duration.ofDays(5));
        incident.deadlineSet(Breach.ROOT_CAUSE_LATE, "task-2", rootCauseDue);
        incident.deadlineMet("task-2", rootCauseDue.minusSeconds(60));

        assertThat(incident.breaches(REPORTED.plus(Duration.ofDays(60)))).isEmpty();
    }

    @Test
    void each_round_of_a_reopened_incident_keeps_its_own_deadline() {
        Incident incident = triaged(aReport(1L), Severity.LOW);
        incident.deadlineSet(Breach.ROOT_CAUSE_LATE, "round-1", REPORTED.plus(Duration.ofDays(5)));
        incident.deadlineMet("round-1", REPORTED.plus(Duration.ofDays(1)));
        incident.deadlineSet(Breach.ROOT_CAUSE_LATE, "round-2", REPORTED.plus(Duration.ofDays(12)));

        assertThat(incident.breaches(REPORTED.plus(Duration.ofDays(11)))).as("round 1 met, round 2 running")
                .isEmpty();
        assertThat(incident.breaches(REPORTED.plus(Duration.ofDays(13)))).containsExactly(Breach.ROOT_CAUSE_LATE);
    }

    @Test
    void the_breaches_come_in_the_order_of_the_handling() {
        Incident incident = proposed(aReport(1L), Severity.HIGH);
        incident.deadlineSet(Breach.CLOSURE_LATE, "close", REPORTED.plus(Duration.ofHours(1)));
        incident.deadlineSet(Breach.PLANNING_LATE, "plan", REPORTED.plus(Duration.ofHours(1)));
        incident.deadlineSet(Breach.AI_ASSESSMENT_LATE, "ai", REPORTED.plus(Duration.ofHours(1)));

        assertThat(incident.breaches(REPORTED.plus(Duration.ofDays(4)))).containsExactly(Breach.TRIAGE_LATE,
                Breach.AI_ASSESSMENT_LATE, Breach.NOTIFICATION_LATE, Breach.PLANNING_LATE, Breach.CLOSURE_LATE);
    }

    @Test
    void a_corrective_action_is_late_while_open_after_its_due_day_and_when_done_after_it() {
        LocalDate due = LocalDate.of(2027, 3, 10);
        CorrectiveAction open = action(due);
        CorrectiveAction doneOnTheDay = action(due);
        doneOnTheDay.done("Done", "colin", noon(due));
        CorrectiveAction doneLate = action(due);
        doneLate.done("Done", "colin", noon(due.plusDays(1)));

        assertThat(open.isLate(due)).isFalse();
        assertThat(open.isLate(due.plusDays(1))).isTrue();
        assertThat(doneOnTheDay.isLate(due.plusDays(30))).isFalse();
        assertThat(doneLate.isLate(due.plusDays(30))).isTrue();
    }

    @Test
    void age_runs_from_the_report_until_the_closure() {
        Incident incident = triaged(aReport(1L), Severity.LOW);
        assertThat(incident.age(REPORTED.plus(Duration.ofHours(30)))).isEqualTo(Duration.ofHours(30));

        incident.closed("Lessons", REPORTED.plus(Duration.ofDays(3)), "ivan");

        assertThat(incident.age(REPORTED.plus(Duration.ofDays(20)))).isEqualTo(Duration.ofDays(3));
    }

    private static CorrectiveAction action(LocalDate due) {
        return new CorrectiveAction(1L, new NewCorrectiveAction("Enforce screen lock", "colin", due), "ivan",
                REPORTED);
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
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
