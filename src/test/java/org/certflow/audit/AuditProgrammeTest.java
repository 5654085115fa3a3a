package org.certflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Project;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

@SpringTest
class AuditProgrammeTest extends AuditTestSupport {

    @Test
    void planned_audit_goes_to_its_auditor_due_on_the_planned_day() {
        Project project = newProject();
        LocalDate day = EngineClock.today().plusDays(10);

        Audit audit = programme.plan(new AuditPlan(project.id(), " AI management system, full audit ", day, AUDITOR,
                Set.of("9"), Set.of("ISO42001:A.2.2")), PROJECT_MANAGER);

        assertThat(audit.status()).isEqualTo(AuditStatus.PLANNED);
        assertThat(audit.title()).isEqualTo("AI management system, full audit");
        Task task = task(audit.processInstanceId(), "Task_CarryOutAudit");
        assertThat(candidateGroups(task)).contains(ProjectGroups.groupId(project.id(), Role.INTERNAL_AUDITOR));
        assertThat(task).isAssignedTo(AUDITOR).hasDueDate(Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZoneId.systemDefault())
                        .toInstant()));
        assertThat(task.getName()).isEqualTo("Carry out internal audit: AI management system, full audit");
    }

    @Test
    void a_clause_in_scope_brings_all_its_requirements_for_the_projects_standards() {
        Project project = newProject();

        Audit audit = plan(project, AUDITOR, Set.of("6", "9"), Set.of("ISO42001:A.6.2.4"));

        assertThat(programme.scope(audit)).extracting(Requirement::reference).containsExactly(
                "Clause 6.1.1", "Clause 6.1.2", "Clause 6.1.3", "Clause 6.1.4", "Clause 6.2", "Clause 6.3",
                "Clause 9.1", "Clause 9.2.1", "Clause 9.2.2", "Clause 9.3.1", "Clause 9.3.2", "Clause 9.3.3",
                "ISO 42001 A.6.2.4");
        assertThat(audit.unrecorded()).hasSize(13);
    }

    @Test
    void only_a_project_manager_of_the_project_plans_its_audits() {
        Project project = newProject();

        assertThatThrownBy(() -> programme.plan(new AuditPlan(project.id(), "Audit", EngineClock.today(), AUDITOR,
                Set.of("4"), Set.of()), AUDITOR)).isInstanceOf(AccessDeniedException.class);
        assertThat(programme.audits(project.id())).isEmpty();
    }

    @Test
    void a_plan_without_title_day_scope_or_auditor_is_refused_field_by_field_and_plans_nothing() {
        Project project = newProject();

        assertThatThrownBy(() -> programme.plan(new AuditPlan(project.id(), " ", null, null, Set.of(), Set.of()),
                PROJECT_MANAGER)).isInstanceOfSatisfying(InvalidAuditInputException.class, e ->
                assertThat(e.fieldErrors()).containsOnlyKeys("title", "plannedDate", "clauses", "auditor")
                        .containsEntry("clauses", "Choose at least one clause or control to audit."));
        assertThatThrownBy(() -> programme.plan(new AuditPlan(project.id(), "Audit",
                EngineClock.today().minusDays(1), AUDITOR, Set.of("11"), Set.of("ISO42001:A.9.2")), PROJECT_MANAGER))
                .isInstanceOfSatisfying(InvalidAuditInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("plannedDate", "The day has passed: plan the audit for today or later.")
                        .containsEntry("clauses", "\"11\" is not one of the clauses 4 to 10.")
                        .containsEntry("controls", "ISO42001:A.9.2 is not an applicable control of the project: "
                                + "only controls the Statement of Applicability calls applicable are audited."));
        assertThat(programme.audits(project.id())).isEmpty();
    }

    @Test
    void the_auditor_must_be_an_internal_auditor_of_the_project() {
        Project project = newProject();

        assertThatThrownBy(() -> plan(project, CONTROL_OWNER, Set.of("4"), none()))
                .isInstanceOfSatisfying(InvalidAuditInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnly(Map.entry("auditor", "Colin Ortega is not an internal auditor of the "
                                + "project: choose one of its internal auditors.")));
    }

    @Test
    void the_full_audit_before_stage_1_covers_everything_for_the_independent_auditor_two_weeks_ahead() {
        Project project = newProject();
        LocalDate today = EngineClock.today();

        Audit audit = programme.planFullAudit(project.id(), today.plusWeeks(5));

        assertThat(audit.auditor()).isEqualTo(AUDITOR);
        assertThat(audit.title()).isEqualTo("Full internal audit before Stage 1");
        assertThat(audit.plannedDate()).isEqualTo(today.plusDays(AuditProgramme.LEAD_DAYS));
        assertThat(audit.plannedBy()).isEqualTo(PROJECT_MANAGER);
        assertThat(programme.scope(audit)).hasSize(32 + 3).extracting(Requirement::reference)
                .contains("Clause 4.1", "Clause 10.2", "ISO 42001 A.2.2", "ISO 42001 A.6.2.4", "ISO 42001 A.7.4");
        assertThat(audit.processInstanceId()).as("the phase calls its process").isNull();
    }

    @Test
    void the_full_audit_is_due_by_the_phases_deadline_but_never_on_a_day_that_has_passed() {
        Project project = newProject();
        LocalDate today = EngineClock.today();

        assertThat(programme.planFullAudit(project.id(), today.plusDays(3)).plannedDate()).isEqualTo(today.plusDays(3));
        assertThat(programme.planFullAudit(project.id(), today.minusDays(2)).plannedDate()).isEqualTo(today);
    }

    @Test
    void without_an_independent_auditor_the_full_audit_leaves_out_the_auditors_own_work() {
        Project project = newProject(Map.of("ISO42001:A.2.2", CONTROL_OWNER, "ISO42001:A.7.4", TESS), Set.of(TESS));

        Audit audit = programme.planFullAudit(project.id(), EngineClock.today().plusWeeks(5));

        assertThat(audit.auditor()).isEqualTo(TESS);
        assertThat(programme.scope(audit)).extracting(Requirement::reference).contains("ISO 42001 A.2.2")
                .doesNotContain("ISO 42001 A.7.4", "Clause 6.1.2", "Clause 6.1.3", "Clause 8.2", "Clause 8.3")
                .hasSize(32 - 4 + 1);
    }
}
