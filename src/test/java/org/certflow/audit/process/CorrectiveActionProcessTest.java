package org.certflow.audit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.certflow.audit.Audit;
import org.certflow.audit.AuditTestSupport;
import org.certflow.audit.CorrectiveActionProgressed;
import org.certflow.audit.Finding;
import org.certflow.audit.FindingFilter;
import org.certflow.audit.FindingGrade;
import org.certflow.audit.FindingLogEntry;
import org.certflow.audit.FindingStatus;
import org.certflow.audit.FindingStep;
import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.project.Project;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringTest
@RecordApplicationEvents
class CorrectiveActionProcessTest extends AuditTestSupport {

    @Autowired
    CorrectiveActions correctiveActions;
    @Autowired
    Decisions decisions;
    @Autowired
    ApplicationEvents events;

    private Project project;
    private Finding finding;
    private ProcessInstance process;

    @BeforeEach
    void raiseNonconformity() {
        project = newProject();
        Audit audit = plan(project, AUDITOR, Set.of("9"), Set.of("ISO42001:A.6.2.4"));
        finding = raise(audit, "ISO42001:A.6.2.4", FindingGrade.MINOR_NONCONFORMITY, OTHER_CONTROL_OWNER);
        process = runtime.createProcessInstanceQuery().processInstanceId(finding.processInstanceId()).singleResult();
    }

    @Test
    void the_owner_analyses_plans_and_implements_and_the_finding_follows_each_step() {
        Task rootCause = task(process.getId(), "Task_AnalyseRootCause");
        assertThat(rootCause).isAssignedTo(OTHER_CONTROL_OWNER).hasDueDate(endOf(EngineClock.today().plusDays(14)));
        assertThat(rootCause.getName()).isEqualTo("Analyse root cause: " + finding.reference()
                + " minor nonconformity, ISO 42001 A.6.2.4");
        assertThat(candidateGroups(rootCause)).contains(ProjectGroups.groupId(project.id(), Role.CONTROL_OWNER));

        complete(OTHER_CONTROL_OWNER, rootCause, "rootCause", "Validation reports were not required before release.");
        assertThat(current().rootCause()).isEqualTo("Validation reports were not required before release.");
        assertThat(current().status()).isEqualTo(FindingStatus.OPEN);

        complete(OTHER_CONTROL_OWNER, task(process.getId(), "Task_PlanCorrectiveAction"), "actionPlan",
                "Release checklist requires the signed validation report.");
        assertThat(current().status()).isEqualTo(FindingStatus.ACTION_PLANNED);
        assertThat(task(process.getId(), "Task_ImplementCorrectiveAction")).hasDueDate(endOf(finding.dueDate()));

        complete(OTHER_CONTROL_OWNER, task(process.getId(), "Task_ImplementCorrectiveAction"), "actionTaken",
                "Checklist v3 in force; see the release log.");
        assertThat(current().status()).isEqualTo(FindingStatus.IMPLEMENTED);
        assertThat(current().actionTaken()).isEqualTo("Checklist v3 in force; see the release log.");
        assertThat(task(process.getId(), "Task_CheckEffectiveness")).isAssignedTo(AUDITOR)
                .hasDueDate(endOf(EngineClock.today().plusDays(14)));
        assertThat(current().log()).extracting(FindingLogEntry::step, FindingLogEntry::doneBy).containsExactly(
                tuple(FindingStep.RAISED, AUDITOR), tuple(FindingStep.ROOT_CAUSE_FOUND, OTHER_CONTROL_OWNER),
                tuple(FindingStep.ACTION_PLANNED, OTHER_CONTROL_OWNER),
                tuple(FindingStep.IMPLEMENTED, OTHER_CONTROL_OWNER));
    }

    @Test
    void an_effective_action_closes_the_finding_and_the_decision_is_recorded() {
        implement();

        assertThat(complete(AUDITOR, task(process.getId(), "Task_CheckEffectiveness"),
                "checkEffectivenessDecision", "approve").isDone()).isTrue();

        assertThat(process).hasPassed("EndEvent_FindingClosed").isEnded();
        assertThat(current().status()).isEqualTo(FindingStatus.CLOSED);
        assertThat(current().closedAt()).isNotNull();
        assertThat(decisions.of(project.id())).extracting(Decision::taskId, Decision::outcome, Decision::decidedBy)
                .containsExactly(tuple("Task_CheckEffectiveness", "approve", AUDITOR));
    }

    @Test
    void an_action_found_not_effective_goes_back_to_the_owner_with_the_new_due_date() {
        implement();
        LocalDate newDue = EngineClock.today().plusDays(20);

        complete(AUDITOR, task(process.getId(), "Task_CheckEffectiveness"), "checkEffectivenessDecision", "reject",
                "checkEffectivenessReason", "Two releases since went out without a report.",
                "reworkDueDate", newDue.toString());

        assertThat(process).isWaitingAt("Task_AnalyseRootCause");
        assertThat(task(process.getId(), "Task_AnalyseRootCause")).isAssignedTo(OTHER_CONTROL_OWNER);
        Finding reopened = current();
        assertThat(reopened.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(reopened.dueDate()).isEqualTo(newDue);
        assertThat(reopened.timesFoundNotEffective()).isEqualTo(1);
        assertThat(reopened.log().get(reopened.log().size() - 1)).extracting(FindingLogEntry::step,
                FindingLogEntry::note).containsExactly(FindingStep.NOT_EFFECTIVE,
                "Two releases since went out without a report.");
        implement();
        assertThat(process).isWaitingAt("Task_CheckEffectiveness");
    }

    @Test
    void not_effective_without_a_reason_or_a_new_due_date_is_refused() {
        implement();
        Task check = task(process.getId(), "Task_CheckEffectiveness");

        TaskOutcome withoutReason = complete(AUDITOR, check, "checkEffectivenessDecision", "reject");
        TaskOutcome withoutDate = complete(AUDITOR, check, "checkEffectivenessDecision", "reject",
                "checkEffectivenessReason", "Still no report.");

        assertThat(withoutReason.message()).isEqualTo(
                "Give a reason: whoever gets the work back needs to know what to change.");
        assertThat(withoutDate.message()).isEqualTo("Set a new due date after today: the owner works to it again.");
        assertThat(process).isWaitingAt("Task_CheckEffectiveness");
        assertThat(current().status()).isEqualTo(FindingStatus.IMPLEMENTED);
        assertThat(decisions.of(project.id())).isEmpty();
    }

    @Test
    void an_action_not_implemented_by_its_due_day_is_marked_overdue_and_goes_on() {
        complete(OTHER_CONTROL_OWNER, task(process.getId(), "Task_AnalyseRootCause"), "rootCause", "No check.");
        assertThat(findings.of(project.id(), new FindingFilter(FindingFilter.Scope.OVERDUE, null))).isEmpty();

        Job timer = overdueTimer();
        assertThat(timer.getDuedate()).as("the end of the due day").isEqualTo(endOf(finding.dueDate()));
        moveTo(finding.dueDate().atTime(23, 0));
        assertThat(executableTimers()).as("not before the due day has passed").isZero();
        moveTo(finding.dueDate().plusDays(1).atTime(9, 0));
        assertThat(executableTimers()).isEqualTo(1);
        management.executeJob(timer.getId());

        assertThat(process).hasPassed("Task_RecordActionOverdue").isWaitingAt("Task_PlanCorrectiveAction");
        assertThat(current().isOverdue(EngineClock.today())).isTrue();
        assertThat(current().log().get(current().log().size() - 1)).extracting(FindingLogEntry::step,
                FindingLogEntry::doneBy).containsExactly(FindingStep.OVERDUE, null);
        assertThat(findings.of(project.id(), new FindingFilter(FindingFilter.Scope.OVERDUE, null)))
                .extracting(Finding::id).containsExactly(finding.id());
        assertThat(overdueTimers()).as("marked once: the timer does not repeat").isEmpty();
    }

    @Test
    void an_action_found_not_effective_is_overdue_again_only_after_its_new_due_day() {
        implement();
        assertThat(overdueTimers()).as("implemented in time: no timer left").isEmpty();
        LocalDate newDue = EngineClock.today().plusDays(20);
        complete(AUDITOR, task(process.getId(), "Task_CheckEffectiveness"), "checkEffectivenessDecision", "reject",
                "checkEffectivenessReason", "Two releases since went out without a report.",
                "reworkDueDate", newDue.toString());

        Job rearmed = overdueTimer();
        assertThat(rearmed.getDuedate()).as("re-armed for the new due day").isEqualTo(endOf(newDue));
        assertThat(task(process.getId(), "Task_ImplementCorrectiveAction")).isNull();
        moveTo(newDue.atTime(23, 0));
        assertThat(executableTimers()).isZero();
        assertThat(current().isOverdue(EngineClock.today())).isFalse();
        moveTo(newDue.plusDays(1).atTime(9, 0));
        assertThat(executableTimers()).isEqualTo(1);
        management.executeJob(rearmed.getId());

        assertThat(process).isWaitingAt("Task_AnalyseRootCause");
        Finding overdue = current();
        assertThat(overdue.isOverdue(EngineClock.today())).isTrue();
        assertThat(overdue.log()).extracting(FindingLogEntry::step).containsSubsequence(FindingStep.NOT_EFFECTIVE,
                FindingStep.OVERDUE);
        assertThat(overdue.log()).filteredOn(e -> e.step() == FindingStep.OVERDUE).hasSize(1);
        assertThat(findings.of(project.id(), new FindingFilter(FindingFilter.Scope.OVERDUE, null)))
                .extracting(Finding::id).containsExactly(finding.id());
        assertThat(events.stream(CorrectiveActionProgressed.class).filter(e -> e.step() == FindingStep.OVERDUE))
                .extracting(CorrectiveActionProgressed::dueDate).containsExactly(newDue);
    }

    @Test
    void a_finding_of_another_source_is_reported_to_its_owner_feature_and_leaves_audit_findings_alone() {
        String stage1 = correctiveActions.start(new CorrectiveActionStart(project.id(), 4711L, "stage1Audit",
                "S1-3 major nonconformity, Clause 7.5.3", PROJECT_MANAGER, AUDITOR, EngineClock.today().plusDays(30)));

        complete(PROJECT_MANAGER, task(stage1, "Task_AnalyseRootCause"), "rootCause", "Records kept in mailboxes.");

        assertThat(events.stream(CorrectiveActionProgressed.class).filter(e -> e.findingSource().equals("stage1Audit")))
                .extracting(CorrectiveActionProgressed::findingId, CorrectiveActionProgressed::step,
                        CorrectiveActionProgressed::text, CorrectiveActionProgressed::by)
                .containsExactly(tuple(4711L, FindingStep.ROOT_CAUSE_FOUND, "Records kept in mailboxes.",
                        PROJECT_MANAGER));
        assertThat(current().log()).extracting(FindingLogEntry::step).containsExactly(FindingStep.RAISED);
    }

    @Test
    void a_start_without_the_contracts_variables_is_refused() {
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(CorrectiveActionVariables.PROCESS_KEY,
                String.valueOf(project.id()), Map.of(CorrectiveActionVariables.PROJECT_ID, project.id(),
                        CorrectiveActionVariables.FINDING_ID, 1L)))
                .hasMessageContaining("CorrectiveActionProcess needs the String variable findingSource");
    }

    @Test
    void a_verifier_who_owns_the_finding_is_refused_and_nothing_starts() {
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(CorrectiveActionVariables.PROCESS_KEY)
                .count();
        String refusal = "The verifier checks the corrective action of the finding's owner, so cannot be its owner: "
                + TESS + " cannot verify their own action.";

        assertThatThrownBy(() -> new CorrectiveActionStart(project.id(), 4712L, "stage1Audit", "S1-4 minor",
                TESS, TESS, EngineClock.today().plusDays(30))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(refusal);
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(CorrectiveActionVariables.PROCESS_KEY,
                String.valueOf(project.id()), Map.of(CorrectiveActionVariables.PROJECT_ID, project.id(),
                        CorrectiveActionVariables.FINDING_ID, 4712L, CorrectiveActionVariables.FINDING_SOURCE,
                        "stage1Audit", CorrectiveActionVariables.FINDING_TITLE, "S1-4 minor",
                        CorrectiveActionVariables.FINDING_OWNER, TESS, CorrectiveActionVariables.VERIFIER, TESS,
                        CorrectiveActionVariables.CORRECTIVE_ACTION_DUE, EngineClock.today().plusDays(30).toString())))
                .hasMessageContaining(refusal);

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CorrectiveActionVariables.PROCESS_KEY)
                .count()).isEqualTo(before);
        assertThat(events.stream(CorrectiveActionProgressed.class).filter(e -> e.findingId() == 4712L)).isEmpty();
    }

    private void implement() {
        complete(OTHER_CONTROL_OWNER, task(process.getId(), "Task_AnalyseRootCause"), "rootCause", "No check.");
        complete(OTHER_CONTROL_OWNER, task(process.getId(), "Task_PlanCorrectiveAction"), "actionPlan", "Checklist.");
        complete(OTHER_CONTROL_OWNER, task(process.getId(), "Task_ImplementCorrectiveAction"), "actionTaken", "Done.");
    }

    /** The overdue timer of the corrective action: exactly one while the correction runs. */
    private Job overdueTimer() {
        assertThat(overdueTimers()).hasSize(1);
        return overdueTimers().get(0);
    }

    private List<Job> overdueTimers() {
        return management.createJobQuery().processInstanceId(process.getId()).timers()
                .activityId("BoundaryEvent_ActionOverdue").list();
    }

    private long executableTimers() {
        return management.createJobQuery().processInstanceId(process.getId()).timers().executable().count();
    }

    private static void moveTo(LocalDateTime moment) {
        ClockUtil.setCurrentTime(Date.from(moment.atZone(ZoneId.systemDefault()).toInstant()));
    }

    private Finding current() {
        return findings.find(finding.id()).orElseThrow();
    }

    private static Date endOf(LocalDate day) {
        return EndOfDay.of(day);
    }
}
