package org.certflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.certflow.incident.IncidentReportBuilder.aReport;

import java.util.Map;
import java.util.Set;

import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Planning and withdrawing an incident's corrective actions: who may, when, and what is refused. */
@SpringTest
class IncidentActionsTest extends IncidentTestSupport {

    private static final String OUTSIDER = "sam";

    @Autowired
    IncidentActions actions;

    @Test
    void only_an_incident_manager_of_the_project_plans_and_withdraws_its_corrective_actions() {
        Incident incident = investigated(report(aReport(newProject().id())));

        assertThatThrownBy(() -> actions.plan(incident.id(), lockScreens(), OTHER_MEMBER))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only an incident manager of the incident's project plans its corrective actions.");
        assertThatThrownBy(() -> actions.plan(incident.id(), lockScreens(), OUTSIDER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actions.of(incident.id())).isEmpty();

        CorrectiveAction planned = actions.plan(incident.id(), lockScreens(), INCIDENT_MANAGER);
        assertThatThrownBy(() -> actions.withdraw(planned.id(), OTHER_MEMBER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actions.of(incident.id())).extracting(CorrectiveAction::id).containsExactly(planned.id());

        actions.withdraw(planned.id(), INCIDENT_MANAGER);

        assertThat(actions.of(incident.id())).isEmpty();
    }

    @Test
    void a_plan_without_description_with_an_owner_outside_the_project_or_a_past_date_is_refused_field_by_field() {
        Incident incident = investigated(report(aReport(newProject().id())));

        assertThatThrownBy(() -> actions.plan(incident.id(), new NewCorrectiveAction(" ", OUTSIDER,
                EngineClock.today().minusDays(1)), INCIDENT_MANAGER))
                .isInstanceOfSatisfying(InvalidIncidentException.class, refused -> assertThat(refused.fieldErrors())
                        .containsExactlyInAnyOrderEntriesOf(Map.of(
                                "description", "Say what is to be done.",
                                "owner", "Sam Serra does not work in this project.",
                                "dueDate", "The due date has passed already.")));
        assertThatThrownBy(() -> actions.plan(incident.id(), new NewCorrectiveAction("x".repeat(1001), null, null),
                INCIDENT_MANAGER))
                .isInstanceOfSatisfying(InvalidIncidentException.class, refused -> assertThat(refused.fieldErrors())
                        .containsExactlyInAnyOrderEntriesOf(Map.of(
                                "description", "At most 1000 characters, please.",
                                "owner", "Name the person who takes the action.",
                                "dueDate", "Give a due date.")));

        assertThat(actions.of(incident.id())).isEmpty();
        CorrectiveAction dueToday = actions.plan(incident.id(), new NewCorrectiveAction(" Lock screens by MDM ",
                REPORTER, EngineClock.today()), INCIDENT_MANAGER);
        assertThat(dueToday.description()).isEqualTo("Lock screens by MDM");
        assertThat(dueToday.plannedBy()).isEqualTo(INCIDENT_MANAGER);
    }

    @Test
    void actions_change_only_while_the_planning_task_is_open() {
        Incident incident = report(aReport(newProject().id()));
        triageAsProposed(incident);

        assertThatThrownBy(() -> actions.plan(incident.id(), lockScreens(), INCIDENT_MANAGER))
                .isInstanceOf(IllegalStateException.class).hasMessage("The corrective actions of \""
                        + incident.summary() + "\" are not being planned now: they change only while its task "
                        + "\"Plan corrective actions\" is open.");

        contain(incident);
        complete(INCIDENT_MANAGER, incident, "Task_AnalyseIncidentRootCause", "rootCause", "No screen lock.");
        CorrectiveAction planned = actions.plan(incident.id(), lockScreens(), INCIDENT_MANAGER);
        complete(INCIDENT_MANAGER, incident, "Task_PlanCorrectiveActions");

        assertThatThrownBy(() -> actions.withdraw(planned.id(), INCIDENT_MANAGER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("are not being planned now");
        assertThatThrownBy(() -> actions.plan(incident.id(), lockScreens(), INCIDENT_MANAGER))
                .isInstanceOf(IllegalStateException.class);
        assertThat(actions.of(incident.id())).extracting(CorrectiveAction::id).containsExactly(planned.id());
    }

    @Test
    void once_an_incident_manager_claims_the_planning_only_they_change_the_plan() {
        Map<Role, Set<String>> people = people(StandardsScope.BOTH);
        people.put(Role.INCIDENT_MANAGER, Set.of(INCIDENT_MANAGER, OUTSIDER));
        Project project = newProject(StandardsScope.BOTH, people);
        Incident incident = investigated(report(aReport(project.id())));
        CorrectiveAction byIvan = actions.plan(incident.id(), lockScreens(), INCIDENT_MANAGER);
        assertThat(taskList.claim(OUTSIDER, task(incident, "Task_PlanCorrectiveActions").getId()).isDone()).isTrue();

        assertThatThrownBy(() -> actions.plan(incident.id(), lockScreens(), INCIDENT_MANAGER))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Sam Serra has claimed the planning of "
                        + "these corrective actions: only they change them now.");
        assertThatThrownBy(() -> actions.withdraw(byIvan.id(), INCIDENT_MANAGER))
                .isInstanceOf(AccessDeniedException.class);

        actions.withdraw(byIvan.id(), OUTSIDER);
        assertThat(actions.of(incident.id())).isEmpty();
    }

    private static NewCorrectiveAction lockScreens() {
        return new NewCorrectiveAction("Enforce screen lock by MDM", REPORTER, EngineClock.today().plusDays(10));
    }
}
