package org.certflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.incident.IncidentReportBuilder.aReport;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.certflow.incident.IncidentSla.Breach;
import org.certflow.project.Project;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** What the incident list shows of each incident: severity, status, age and the deadlines it missed. */
@SpringTest
class IncidentListTest extends IncidentTestSupport {

    @Autowired
    IncidentList list;
    @Autowired
    IncidentActions actions;

    @Test
    void a_row_shows_the_severity_status_age_and_a_missed_triage() {
        Project project = newProject();
        Incident incident = report(aReport(project.id()).major().summary("Customer database copied"));
        ClockUtil.setCurrentTime(Date.from(EngineClock.now().plus(Duration.ofHours(3))));

        assertThat(rowOf(project)).isEqualTo(new IncidentListRow(incident.id(), "Customer database copied",
                project.name(), Severity.MAJOR, IncidentStatus.REPORTED, incident.reportedAt(), Duration.ofHours(3),
                List.of()));

        ClockUtil.setCurrentTime(Date.from(EngineClock.now().plus(Duration.ofHours(2))));
        triageAsProposed(incident);

        IncidentListRow late = rowOf(project);
        assertThat(late.status()).isEqualTo(IncidentStatus.TRIAGED);
        assertThat(late.age()).isEqualTo(Duration.ofHours(5));
        assertThat(late.breaches()).containsExactly(Breach.TRIAGE_LATE);
    }

    @Test
    void a_corrective_action_overdue_or_done_late_is_a_breach_in_the_list_and_on_the_incident_page() {
        Project project = newProject();
        LocalDate due = EngineClock.today().plusDays(1);
        Incident incident = withActionDue(project, due);
        assertThat(rowOf(project).breaches()).isEmpty();

        at(due.plusDays(1), LocalTime.of(9, 0));
        assertThat(rowOf(project).breaches()).containsExactly(Breach.CORRECTIVE_ACTION_LATE);
        complete(REPORTER, incident, "Task_TakeCorrectiveAction", "correctiveActionResult", "MDM profile v3.");

        assertThat(rowOf(project).breaches()).as("done a day late").containsExactly(Breach.CORRECTIVE_ACTION_LATE);
        assertThat(list.breaches(reload(incident))).containsExactly(Breach.CORRECTIVE_ACTION_LATE);
    }

    @Test
    void a_corrective_action_done_on_its_due_day_is_no_breach() {
        Project project = newProject();
        LocalDate due = EngineClock.today().plusDays(1);
        Incident incident = withActionDue(project, due);

        at(due, LocalTime.of(17, 0));
        complete(REPORTER, incident, "Task_TakeCorrectiveAction", "correctiveActionResult", "MDM profile v3.");
        at(due.plusDays(3), LocalTime.of(9, 0));

        assertThat(rowOf(project).breaches()).isEmpty();
    }

    @Test
    void only_the_people_of_a_project_see_its_rows() {
        Project project = newProject();
        report(aReport(project.id()));

        assertThat(list.count(INCIDENT_MANAGER, project.id())).isOne();
        assertThat(list.page("sam", project.id(), PageRequest.of(0, 10))).isEmpty();
        assertThat(list.count("sam", project.id())).isZero();
    }

    /** An incident of the project whose one corrective action, due that day, is with its owner. */
    private Incident withActionDue(Project project, LocalDate due) {
        Incident incident = investigated(report(aReport(project.id())));
        actions.plan(incident.id(), new NewCorrectiveAction("Enforce screen lock by MDM", REPORTER, due),
                INCIDENT_MANAGER);
        complete(INCIDENT_MANAGER, incident, "Task_PlanCorrectiveActions");
        return incident;
    }

    private IncidentListRow rowOf(Project project) {
        List<IncidentListRow> rows = list.page(INCIDENT_MANAGER, project.id(), PageRequest.of(0, 10));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static void at(LocalDate day, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(ZoneId.systemDefault()).toInstant()));
    }
}
