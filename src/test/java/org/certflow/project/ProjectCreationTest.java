package org.certflow.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.certflow.test_support.NewProjectBuilder.aProject;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.NewProjectBuilder;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** The wizard's input goes through ProjectService.create: refused input names its field and creates nothing. */
@SpringTest
@ExtendWith(StandInProcesses.class)
class ProjectCreationTest {

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectRepository projectRows;
    @Autowired
    SoaLineRepository soaLines;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;

    @Test
    void valid_project_gets_its_plan_soa_role_groups_and_running_process() {
        Project project = projects.create(aProject().build(), "pia");

        assertThat(project.phases()).hasSize(4);
        assertThat(soaLines.findByProjectIdOrderById(project.id())).hasSize(93 + 38);
        assertThat(identity.createUserQuery()
                .memberOfGroup(ProjectGroups.groupId(project.id(), Role.CONTROL_OWNER)).list())
                .extracting(u -> u.getId()).containsExactlyInAnyOrder("colin", "carla");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(project.processInstanceId())
                .singleResult().getBusinessKey()).isEqualTo(String.valueOf(project.id()));
        assertThat(projects.get(project.id()).phase(Phase.GAP_ANALYSIS).isRunning()).isTrue();
    }

    @Test
    void project_without_a_standard_is_refused_at_standards() {
        assertRefused(aProject().standards(null), "standards");
    }

    @Test
    void target_date_before_the_start_is_refused_at_target_date() {
        assertRefused(aProject().targetDate(EngineClock.today().minusDays(1)), "targetDate");
    }

    @Test
    void target_date_earlier_than_the_shortest_plan_is_refused_at_target_date() {
        assertRefused(aProject().targetDate(EngineClock.today().plusWeeks(15)), "targetDate");
    }

    @Test
    void missing_executive_is_refused_at_that_role() {
        assertRefused(aProject().people(Role.EXECUTIVE), "people.executive");
    }

    @Test
    void missing_ai_governance_lead_is_refused_when_iso42001_is_in_scope() {
        assertThat(assertRefused(aProject().standards(StandardsScope.ISO42001_ONLY).people(Role.AI_GOVERNANCE_LEAD),
                "people.aiGovernanceLead")).containsEntry("people.aiGovernanceLead",
                "Name someone as AI governance lead.");
    }

    @Test
    void project_with_iso27001_only_needs_no_ai_governance_lead() {
        Project project = projects.create(aProject().standards(StandardsScope.ISO27001_ONLY)
                .people(Role.AI_GOVERNANCE_LEAD).build(), "pia");

        assertThat(project.holders(Role.AI_GOVERNANCE_LEAD)).isEmpty();
        assertThat(soaLines.findByProjectIdOrderById(project.id())).hasSize(93);
    }

    @Test
    void person_not_allowed_to_hold_a_role_is_refused_at_that_role() {
        assertRefused(aProject().people(Role.EXECUTIVE, "colin"), "people.executive");
        assertRefused(aProject().people(Role.CONTROL_OWNER, "colin", "rita"), "people.controlOwner");
    }

    @Test
    void blank_name_and_scope_are_refused_at_both_fields() {
        assertRefused(aProject().name("  ").scope(""), "name", "scope");
    }

    @Test
    void name_of_an_existing_project_is_refused_at_name_whatever_its_case() {
        Project existing = projects.create(aProject().build(), "pia");
        assertRefused(aProject().name(" " + existing.name().toUpperCase() + " "), "name");
    }

    @Test
    void iso27001_holder_without_iso42001_in_scope_is_refused_at_starting_point() {
        assertRefused(aProject().standards(StandardsScope.ISO27001_ONLY)
                .startingPoint(StartingPoint.CERTIFIED_27001), "startingPoint");
    }

    /** Asserts the refusal names exactly these fields and nothing was created; returns the messages. */
    private Map<String, String> assertRefused(NewProjectBuilder input, String... fields) {
        List<Long> before = createdSoFar();

        InvalidProjectException refused = catchThrowableOfType(InvalidProjectException.class,
                () -> projects.create(input.build(), "pia"));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.fieldErrors()).containsOnlyKeys(fields).allSatisfy((field, message) ->
                assertThat(message).isNotBlank());
        assertThat(createdSoFar()).as("projects, SoA lines, process instances, groups").isEqualTo(before);
        return refused.fieldErrors();
    }

    private List<Long> createdSoFar() {
        return List.of(projectRows.count(), soaLines.count(),
                history.createHistoricProcessInstanceQuery().count(), identity.createGroupQuery().count());
    }
}
