package org.certflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.certflow.incident.IncidentReportBuilder.aReport;

import java.time.Duration;

import org.certflow.project.Project;
import org.certflow.shared.HeadlineFigure;
import org.certflow.shared.HeadlineFigure.State;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the incidents show on the project's page. */
@SpringTest
class IncidentHeadlinesTest extends IncidentTestSupport {

    @Autowired
    IncidentHeadlines headlines;

    @Test
    void a_project_without_open_incidents_is_ok() {
        Project project = newProject();
        closed(report(aReport(project.id()).summary("Laptop left unlocked")), "Lock screens by policy.");

        assertThat(headlines.of(project.id())).extracting(HeadlineFigure::value, HeadlineFigure::state)
                .containsOnly(tuple("0", State.OK));
    }

    @Test
    void an_open_major_incident_is_an_alarm_and_so_is_its_triage_once_late() {
        Project project = newProject();
        closed(report(aReport(project.id()).summary("Laptop left unlocked")), "Lock screens by policy.");
        report(aReport(project.id()).major().summary("Customer database copied"));

        assertThat(headlines.of(project.id())).containsExactly(
                new HeadlineFigure("Open incidents", "1", State.ATTENTION),
                new HeadlineFigure("Open major incidents", "1", State.ALARM),
                new HeadlineFigure("Open incidents that missed a deadline", "0", State.OK));

        later(Duration.ofHours(5));
        assertThat(headlines.of(project.id())).last().isEqualTo(
                new HeadlineFigure("Open incidents that missed a deadline", "1", State.ALARM));
    }
}
