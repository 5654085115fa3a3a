package org.certflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskItem;
import org.certflow.tasklist.TaskListService;
import org.certflow.tasklist.TaskScope;
import org.certflow.tasklist.TaskSort;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo profile seeds one incident handled to its closure and one waiting for ivan's triage. */
@SpringTest
class IncidentDemoTest {

    @Autowired
    ProjectService projects;
    @Autowired
    Incidents incidents;
    @Autowired
    IncidentActions actions;
    @Autowired
    TaskListService taskList;

    @Test
    void the_robotics_incident_was_handled_to_its_closure_with_a_corrective_action_done() {
        Incident closed = incidents.of(project("Northwind Robotics AI management system").id()).get(0);

        assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(closed.involvesAi()).isTrue();
        assertThat(closed.lessonsLearned()).isNotBlank();
        assertThat(closed.breaches(EngineClock.now())).isEmpty();
        assertThat(actions.of(closed.id())).singleElement().satisfies(action -> {
            assertThat(action.status()).isEqualTo(CorrectiveActionStatus.DONE);
            assertThat(action.doneBy()).isEqualTo("carla");
        });
    }

    @Test
    void the_incident_manager_finds_the_ai_platforms_new_incident_to_triage() {
        Incident open = incidents.of(project("Northwind AI platform certification").id()).get(0);

        assertThat(open.status()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(open.reportedBy()).isEqualTo("colin");
        assertThat(titles("ivan")).contains("Triage incident: " + open.summary());
    }

    private Project project(String name) {
        return projects.visibleTo("pia").stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> titles(String username) {
        return taskList.page(username, TaskScope.MINE_AND_ROLES, TaskSort.DEFAULT, 0, 500).stream()
                .map(TaskItem::name).toList();
    }
}
