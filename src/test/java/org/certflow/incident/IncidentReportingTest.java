package org.certflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.certflow.incident.IncidentReportBuilder.aReport;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.certflow.project.Project;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

@SpringTest
class IncidentReportingTest extends IncidentTestSupport {

    @Test
    void a_complete_report_is_stored_with_its_reporter_time_and_systems() {
        Project project = newProject();

        Incident incident = report(aReport(project.id()).systems(" Scoring API ,Customer database, ,Scoring API"));

        assertThat(incident.reportedBy()).isEqualTo(REPORTER);
        assertThat(incident.reportedAt()).isEqualTo(EngineClock.now());
        assertThat(incident.affectedSystems()).containsExactly("Scoring API", "Customer database");
        assertThat(incident.notificationDueAt()).isEqualTo(EngineClock.now().plus(Duration.ofHours(72)));
        assertThat(incident.timeline()).first().extracting(IncidentStep::event, IncidentStep::actor)
                .containsExactly(IncidentEvent.REPORTED, REPORTER);
    }

    @Test
    void an_empty_report_is_refused_field_by_field_and_stores_and_starts_nothing() {
        Project project = newProject();
        long processes = runtime.createProcessInstanceQuery().processDefinitionKey("IncidentProcess").count();

        assertThatThrownBy(() -> incidents.report(new IncidentReport(project.id(), " ", null, null, " , ", false,
                false, null, null, null, null), REPORTER))
                .isInstanceOfSatisfying(InvalidIncidentException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("summary", "description", "occurredAt", "affectedSystems",
                                "confidentiality", "integrity", "availability")
                        .containsEntry("summary", "Say in one line what happened."));

        assertThat(incidents.of(project.id())).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("IncidentProcess").count())
                .isEqualTo(processes);
    }

    @Test
    void harm_to_people_is_asked_for_only_when_an_ai_system_is_involved() {
        Project project = newProject();

        assertThatThrownBy(() -> report(aReport(project.id()).aiHarm(null)))
                .isInstanceOfSatisfying(InvalidIncidentException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("harmToPeople"));
        Incident withoutAi = report(aReport(project.id()));

        assertThat(withoutAi.harmToPeople()).isEqualTo(Impact.NONE);
    }

    @Test
    void an_incident_in_the_future_or_without_a_project_is_refused() {
        assertThatThrownBy(() -> report(aReport(null).occurredAt(EngineClock.now().plus(Duration.ofHours(2)))))
                .isInstanceOfSatisfying(InvalidIncidentException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("project", "occurredAt")
                        .containsEntry("occurredAt", "This is in the future: when did it happen?"));
    }

    @Test
    void only_people_of_the_project_report_its_incidents_and_see_them() {
        Project project = newProject();
        Incident incident = report(aReport(project.id()));

        assertThatThrownBy(() -> incidents.report(aReport(project.id()).build(), "sam"))
                .isInstanceOfSatisfying(InvalidIncidentException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("project"));
        assertThat(incidents.find(incident.id(), "sam")).isEmpty();
        assertThat(incidents.find(incident.id(), INCIDENT_MANAGER)).isPresent();
        assertThat(ids(incidents.page("sam", null, PageRequest.of(0, 1000)))).doesNotContain(incident.id());
        assertThat(ids(incidents.page(INCIDENT_MANAGER, project.id(), PageRequest.of(0, 10))))
                .containsExactly(incident.id());
        assertThat(incidents.count(INCIDENT_MANAGER, project.id())).isOne();
    }

    @Test
    void the_list_shows_the_latest_report_first() {
        Project project = newProject();
        Incident first = report(aReport(project.id()));
        ClockUtil.setCurrentTime(Date.from(EngineClock.now().plusSeconds(60)));
        Incident second = report(aReport(project.id()));

        assertThat(ids(incidents.page(REPORTER, project.id(), PageRequest.of(0, 10))))
                .containsExactly(second.id(), first.id());
    }

    private static List<Long> ids(List<Incident> page) {
        return page.stream().map(Incident::id).toList();
    }
}
