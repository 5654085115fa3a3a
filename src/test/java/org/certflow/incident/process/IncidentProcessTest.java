package org.certflow.incident.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.certflow.incident.IncidentReportBuilder.aReport;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.certflow.incident.CorrectiveAction;
import org.certflow.incident.CorrectiveActionStatus;
import org.certflow.incident.IncidentActions;
import org.certflow.incident.Impact;
import org.certflow.incident.Incident;
import org.certflow.incident.IncidentEvent;
import org.certflow.incident.IncidentSla;
import org.certflow.incident.IncidentStatus;
import org.certflow.incident.IncidentStep;
import org.certflow.incident.IncidentTestSupport;
import org.certflow.incident.InvalidIncidentException;
import org.certflow.incident.MajorIncidentOccurred;
import org.certflow.incident.NewCorrectiveAction;
import org.certflow.incident.Severity;
import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringTest
@RecordApplicationEvents
class IncidentProcessTest extends IncidentTestSupport {

    @Autowired
    IncidentActions actions;
    @Autowired
    Decisions decisions;
    @Autowired
    ApplicationEvents events;

    @Test
    void a_report_starts_the_process_for_the_project_and_waits_for_the_incident_managers_triage() {
        Project project = newProject();

        Incident incident = report(aReport(project.id()).impact(Impact.MEDIUM, Impact.LOW, Impact.NONE));

        ProcessInstance process = processOf(incident);
        assertThat(process).isWaitingAt("Task_TriageIncident").hasBusinessKey(String.valueOf(project.id()))
                .hasPassed("Task_ClassifySeverity", "Task_RecordProposedSeverity");
        assertThat(runtime.getVariable(process.getId(), "projectId")).isEqualTo(project.id());
        assertThat(incident.status()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(incident.proposedSeverity()).isEqualTo(Severity.MEDIUM);
        assertThat(incident.triageDueAt()).isEqualTo(incident.reportedAt().plus(Duration.ofHours(24)));
        assertThat(task(incident, "Task_TriageIncident"))
                .hasCandidateGroup(ProjectGroups.groupId(project.id(), Role.INCIDENT_MANAGER))
                .hasDueDate(Date.from(incident.triageDueAt()))
                .hasName("Triage incident: " + incident.summary());
    }

    @Test
    void a_proposed_major_incident_is_due_for_triage_within_four_hours() {
        Incident incident = report(aReport(newProject().id()).major());

        assertThat(incident.proposedSeverity()).isEqualTo(Severity.MAJOR);
        assertThat(task(incident, "Task_TriageIncident")).hasDueDate(
                Date.from(incident.reportedAt().plus(Duration.ofHours(4))));
    }

    @Test
    void confirming_the_proposed_severity_is_recorded_with_who_and_when() {
        Project project = newProject();
        Incident incident = report(aReport(project.id()));

        triageAsProposed(incident);

        Incident triaged = reload(incident);
        assertThat(triaged.status()).isEqualTo(IncidentStatus.TRIAGED);
        assertThat(triaged.confirmedSeverity()).contains(Severity.LOW);
        assertThat(triaged.severityReason()).isNull();
        assertThat(triaged.lastTime(IncidentEvent.TRIAGED)).contains(EngineClock.now());
        assertThat(decisions.of(project.id())).filteredOn(d -> d.taskId().equals("Task_TriageIncident"))
                .singleElement().extracting(Decision::outcome, Decision::decidedBy)
                .containsExactly("approve", INCIDENT_MANAGER);
    }

    @Test
    void setting_another_severity_needs_a_reason_and_a_severity_other_than_the_proposed_one() {
        Incident incident = report(aReport(newProject().id()));

        TaskOutcome withoutReason = attempt(INCIDENT_MANAGER, incident, "Task_TriageIncident",
                "triageIncidentDecision", "adjust", "triageIncidentSeverity", "high");
        TaskOutcome withoutSeverity = attempt(INCIDENT_MANAGER, incident, "Task_TriageIncident",
                "triageIncidentDecision", "adjust", "triageIncidentReason", "Customer data was in the cache.");
        TaskOutcome sameSeverity = attempt(INCIDENT_MANAGER, incident, "Task_TriageIncident",
                "triageIncidentDecision", "adjust", "triageIncidentSeverity", "low",
                "triageIncidentReason", "Customer data was in the cache.");

        assertThat(withoutReason.kind()).isEqualTo(TaskOutcome.Kind.REFUSED);
        assertThat(withoutReason.message()).startsWith("Give a reason");
        assertThat(withoutSeverity.message()).isEqualTo("Choose the severity you set instead of the proposed one.");
        assertThat(sameSeverity.message()).contains("is the proposed severity");
        assertThat(reload(incident).status()).isEqualTo(IncidentStatus.REPORTED);

        complete(INCIDENT_MANAGER, incident, "Task_TriageIncident", "triageIncidentDecision", "adjust",
                "triageIncidentSeverity", "high", "triageIncidentReason", "Customer data was in the cache.");

        Incident triaged = reload(incident);
        assertThat(triaged.severity()).isEqualTo(Severity.HIGH);
        assertThat(triaged.proposedSeverity()).isEqualTo(Severity.LOW);
        assertThat(triaged.severityReason()).isEqualTo("Customer data was in the cache.");
        assertThat(processOf(incident)).isWaitingAt("Task_ContainIncident", "Task_NotifyInterestedParties");
    }

    @Test
    void a_major_incident_requests_the_review_of_the_affected_risks_with_the_incidents_data() {
        Project project = newProject();
        Incident incident = report(aReport(project.id()).major().summary("Customer database copied by an attacker")
                .systems("Customer database, Scoring API"));

        triageAsProposed(incident);

        assertThat(processOf(incident)).hasPassed("Task_RequestRiskReview");
        assertThat(events.stream(MajorIncidentOccurred.class)).containsExactly(new MajorIncidentOccurred(
                project.id(), incident.id(), "Customer database copied by an attacker",
                List.of("Customer database", "Scoring API")));
        assertThat(reload(incident).lastTime(IncidentEvent.RISK_REVIEW_REQUESTED)).isPresent();
    }

    @Test
    void an_incident_downgraded_from_major_at_triage_requests_no_risk_review() {
        Incident incident = report(aReport(newProject().id()).major());

        complete(INCIDENT_MANAGER, incident, "Task_TriageIncident", "triageIncidentDecision", "adjust",
                "triageIncidentSeverity", "high", "triageIncidentReason", "Only test data was copied.");

        assertThat(processOf(incident)).hasNotPassed("Task_RequestRiskReview");
        assertThat(events.stream(MajorIncidentOccurred.class)).isEmpty();
    }

    @Test
    void an_incident_raised_to_major_at_triage_requests_the_risk_review() {
        Incident incident = report(aReport(newProject().id()));

        complete(INCIDENT_MANAGER, incident, "Task_TriageIncident", "triageIncidentDecision", "adjust",
                "triageIncidentSeverity", "major", "triageIncidentReason", "The laptop held the production keys.");

        assertThat(events.stream(MajorIncidentOccurred.class)).extracting(MajorIncidentOccurred::incidentId)
                .containsExactly(incident.id());
    }

    @Test
    void a_low_incident_without_ai_system_or_personal_data_is_only_contained() {
        Incident incident = report(aReport(newProject().id()));

        triageAsProposed(incident);

        assertThat(processOf(incident)).isWaitingAt("Task_ContainIncident")
                .isNotWaitingAt("Task_AssessAiIncident", "Task_NotifyInterestedParties");
        assertThat(task(incident, "Task_ContainIncident")).hasDueDate(
                Date.from(EngineClock.now().plus(Duration.ofHours(24))));
    }

    @Test
    void an_ai_incident_goes_to_the_ai_governance_lead_alongside_containment() {
        Project project = newProject();
        Incident incident = report(aReport(project.id()).aiHarm(Impact.LOW).summary("Chatbot insulted a customer"));
        assertThat(incident.proposedSeverity()).isEqualTo(Severity.MEDIUM);
        triageAsProposed(incident);

        assertThat(processOf(incident)).isWaitingAt("Task_ContainIncident", "Task_AssessAiIncident");
        assertThat(task(incident, "Task_AssessAiIncident"))
                .hasCandidateGroup(ProjectGroups.groupId(project.id(), Role.AI_GOVERNANCE_LEAD));

        complete(AI_LEAD, incident, "Task_AssessAiIncident", "aiSystemBehaviour", "Answered with an insult.",
                "aiSystemSuspended", true, "aiOversightFindings", "No review of new prompt templates.");
        assertThat(processOf(incident)).isWaitingAt("Task_ContainIncident").isNotWaitingAt("Task_AnalyseIncidentRootCause");
        contain(incident);

        assertThat(processOf(incident)).isWaitingAt("Task_AnalyseIncidentRootCause");
        assertThat(reload(incident).aiAssessment()).contains("Answered with an insult.")
                .contains("suspended or its output withheld: yes");
    }

    @Test
    void an_iso_27001_only_project_refuses_an_ai_system_so_none_of_its_incidents_waits_for_an_ai_governance_lead() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        assertThat(project.holders(Role.AI_GOVERNANCE_LEAD)).isEmpty();

        assertThatThrownBy(() -> report(aReport(project.id()).aiHarm(Impact.LOW)))
                .isInstanceOfSatisfying(InvalidIncidentException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("involvesAi").extractingByKey("involvesAi").asString()
                        .contains("covers ISO 27001 only"));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(IncidentVariables.PROCESS)
                .processInstanceBusinessKey(String.valueOf(project.id())).count()).isZero();

        Incident incident = report(aReport(project.id()).personalData());
        triageAsProposed(incident);
        assertThat(processOf(incident)).isWaitingAt("Task_ContainIncident", "Task_NotifyInterestedParties")
                .isNotWaitingAt("Task_AssessAiIncident");
        complete(INCIDENT_MANAGER, incident, "Task_NotifyInterestedParties", "notifiedParties", "ICO notified.");
        contain(incident);

        assertThat(processOf(incident)).isWaitingAt("Task_AnalyseIncidentRootCause")
                .hasNotPassed("Task_AssessAiIncident");
    }

    @Test
    void personal_data_needs_the_interested_parties_notified_by_the_deadline() {
        Incident incident = report(aReport(newProject().id()).personalData());

        triageAsProposed(incident);

        assertThat(processOf(incident)).isWaitingAt("Task_ContainIncident", "Task_NotifyInterestedParties");
        assertThat(task(incident, "Task_NotifyInterestedParties"))
                .hasDueDate(Date.from(incident.reportedAt().plus(Duration.ofHours(72))));
        complete(INCIDENT_MANAGER, incident, "Task_NotifyInterestedParties", "notifiedParties",
                "ICO notified online, reference 12345.");
        contain(incident);

        Incident handled = reload(incident);
        assertThat(handled.status()).isEqualTo(IncidentStatus.NOTIFIED);
        assertThat(handled.notification()).isEqualTo("ICO notified online, reference 12345.");
        assertThat(handled.breaches(EngineClock.now())).isEmpty();
        assertThat(processOf(incident)).isWaitingAt("Task_AnalyseIncidentRootCause");
    }

    @Test
    void a_missed_notification_deadline_is_marked_and_escalated_to_the_project_manager() {
        Project project = newProject();
        Incident incident = report(aReport(project.id()).impact(Impact.HIGH, Impact.NONE, Impact.NONE));
        triageAsProposed(incident);
        Job deadline = management.createJobQuery().processInstanceId(processOf(incident).getId()).timers()
                .singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(incident.notificationDueAt()));

        ClockUtil.setCurrentTime(Date.from(incident.notificationDueAt().minusSeconds(60)));
        assertThat(management.createJobQuery().timers().executable().jobId(deadline.getId()).count()).isZero();
        ClockUtil.setCurrentTime(Date.from(incident.notificationDueAt().plusSeconds(60)));
        assertThat(management.createJobQuery().timers().executable().jobId(deadline.getId()).count()).isOne();
        management.executeJob(deadline.getId());

        assertThat(processOf(incident)).hasPassed("Task_RecordMissedNotificationDeadline")
                .isWaitingAt("Task_NotifyInterestedParties", "Task_HandleMissedNotification");
        assertThat(task(incident, "Task_HandleMissedNotification"))
                .hasCandidateGroup(ProjectGroups.groupId(project.id(), Role.PROJECT_MANAGER));
        Incident late = reload(incident);
        assertThat(late.lastTime(IncidentEvent.NOTIFICATION_DEADLINE_MISSED)).isPresent();
        assertThat(late.breaches(EngineClock.now())).as("containment was due within 24 hours too")
                .containsExactly(IncidentSla.Breach.CONTAINMENT_LATE, IncidentSla.Breach.NOTIFICATION_LATE);

        complete(PROJECT_MANAGER, incident, "Task_HandleMissedNotification", "escalationActions",
                "Called the DPO; notification sent with the reason for the delay.");
        complete(INCIDENT_MANAGER, incident, "Task_NotifyInterestedParties", "notifiedParties", "ICO, late.");
        contain(incident);
        assertThat(processOf(incident)).isWaitingAt("Task_AnalyseIncidentRootCause");
        assertThat(reload(incident).breaches(EngineClock.now())).containsExactly(
                IncidentSla.Breach.CONTAINMENT_LATE, IncidentSla.Breach.NOTIFICATION_LATE);
    }

    @Test
    void closing_waits_until_the_project_manager_has_handled_a_missed_notification_deadline() {
        Project project = newProject();
        Incident incident = report(aReport(project.id()).aiHarm(Impact.LOW).personalData()
                .summary("Chatbot read out another customer's address"));
        triageAsProposed(incident);
        assertThat(processOf(incident)).isWaitingAt("Task_ContainIncident", "Task_AssessAiIncident",
                "Task_NotifyInterestedParties");
        ClockUtil.setCurrentTime(Date.from(incident.notificationDueAt().plusSeconds(60)));
        management.executeJob(management.createJobQuery().processInstanceId(processOf(incident).getId()).timers()
                .singleResult().getId());

        complete(AI_LEAD, incident, "Task_AssessAiIncident", "aiSystemBehaviour", "Mixed up two sessions.",
                "aiSystemSuspended", true, "aiOversightFindings", "Nobody reviews session handling.");
        complete(INCIDENT_MANAGER, incident, "Task_NotifyInterestedParties", "notifiedParties", "ICO, late.");
        contain(incident);
        complete(INCIDENT_MANAGER, incident, "Task_AnalyseIncidentRootCause", "rootCause", "Session cache shared.");
        complete(INCIDENT_MANAGER, incident, "Task_PlanCorrectiveActions", "noCorrectiveActionReason",
                "Fixed with the containment.");
        assertThat(processOf(incident)).isWaitingAt("Task_CloseIncident", "Task_HandleMissedNotification");

        TaskOutcome tooEarly = attempt(INCIDENT_MANAGER, incident, "Task_CloseIncident", "closeIncidentDecision",
                "approve", "lessonsLearned", "Test session isolation.");
        assertThat(tooEarly.kind()).isEqualTo(TaskOutcome.Kind.REFUSED);
        assertThat(tooEarly.message()).isEqualTo("The project manager has not yet handled the missed notification "
                + "deadline: the incident can be closed once they have completed \"Handle missed notification "
                + "deadline\".");
        assertThat(reload(incident).status()).isEqualTo(IncidentStatus.CORRECTIVE_ACTIONS);
        assertThat(decisions.of(project.id())).noneMatch(d -> d.taskId().equals("Task_CloseIncident"));

        complete(PROJECT_MANAGER, incident, "Task_HandleMissedNotification", "escalationActions",
                "Told the DPO; the delay is documented.");
        complete(INCIDENT_MANAGER, incident, "Task_CloseIncident", "closeIncidentDecision", "approve",
                "lessonsLearned", "Test session isolation.");

        assertThat(processOf(incident)).isNull();
        assertThat(tasks.createTaskQuery().processVariableValueEquals("incidentId", incident.id()).count()).isZero();
        assertThat(reload(incident).timeline()).extracting(IncidentStep::event).contains(
                IncidentEvent.AI_SYSTEM_ASSESSED, IncidentEvent.NOTIFICATION_DEADLINE_MISSED, IncidentEvent.NOTIFIED,
                IncidentEvent.CONTAINED, IncidentEvent.NOTIFICATION_ESCALATION_HANDLED, IncidentEvent.CLOSED);
    }

    @Test
    void a_step_done_after_its_tasks_due_date_stays_a_breach_of_the_incident() {
        Incident incident = report(aReport(newProject().id()));
        triageAsProposed(incident);
        Instant containmentDue = due(incident, "Task_ContainIncident");
        assertThat(containmentDue).isEqualTo(EngineClock.now().plus(Duration.ofHours(24)));
        assertThat(reload(incident).breaches(containmentDue)).isEmpty();
        assertThat(reload(incident).breaches(containmentDue.plusSeconds(1)))
                .containsExactly(IncidentSla.Breach.CONTAINMENT_LATE);

        ClockUtil.setCurrentTime(Date.from(containmentDue.plus(Duration.ofHours(1))));
        contain(incident);
        assertThat(due(incident, "Task_AnalyseIncidentRootCause"))
                .isEqualTo(EngineClock.now().plus(Duration.ofDays(5)));
        complete(INCIDENT_MANAGER, incident, "Task_AnalyseIncidentRootCause", "rootCause", "No screen lock.");
        Instant planningDue = due(incident, "Task_PlanCorrectiveActions");
        ClockUtil.setCurrentTime(Date.from(planningDue.plusSeconds(1)));
        complete(INCIDENT_MANAGER, incident, "Task_PlanCorrectiveActions", "noCorrectiveActionReason", "A one-off.");
        Instant closureDue = due(incident, "Task_CloseIncident");
        assertThat(reload(incident).breaches(closureDue.plusSeconds(1))).containsExactly(
                IncidentSla.Breach.CONTAINMENT_LATE, IncidentSla.Breach.PLANNING_LATE, IncidentSla.Breach.CLOSURE_LATE);
        complete(INCIDENT_MANAGER, incident, "Task_CloseIncident", "closeIncidentDecision", "approve",
                "lessonsLearned", "Lock screens by policy.");

        assertThat(reload(incident).breaches(EngineClock.now().plus(Duration.ofDays(365)))).containsExactly(
                IncidentSla.Breach.CONTAINMENT_LATE, IncidentSla.Breach.PLANNING_LATE);
    }

    @Test
    void a_plan_without_actions_needs_a_reason_and_then_goes_straight_to_closure() {
        Incident incident = investigated(report(aReport(newProject().id())));
        assertThat(reload(incident).status()).isEqualTo(IncidentStatus.INVESTIGATED);

        TaskOutcome empty = attempt(INCIDENT_MANAGER, incident, "Task_PlanCorrectiveActions");
        assertThat(empty.kind()).isEqualTo(TaskOutcome.Kind.REFUSED);
        assertThat(empty.message()).startsWith("Plan at least one corrective action");

        complete(INCIDENT_MANAGER, incident, "Task_PlanCorrectiveActions", "noCorrectiveActionReason",
                "Screen lock already enforced; a one-off.");

        assertThat(processOf(incident)).hasNotPassed("Task_TakeCorrectiveAction").isWaitingAt("Task_CloseIncident");
        assertThat(reload(incident).status()).isEqualTo(IncidentStatus.CORRECTIVE_ACTIONS);
    }

    @Test
    void each_corrective_action_goes_to_its_owner_with_its_due_date() {
        Incident incident = investigated(report(aReport(newProject().id())));
        LocalDate due = EngineClock.today().plusDays(10);
        CorrectiveAction lock = actions.plan(incident.id(), new NewCorrectiveAction("Enforce screen lock by MDM",
                REPORTER, due), INCIDENT_MANAGER);
        actions.plan(incident.id(), new NewCorrectiveAction("Remind staff at the next all-hands", OTHER_MEMBER,
                due.plusDays(5)), INCIDENT_MANAGER);

        complete(INCIDENT_MANAGER, incident, "Task_PlanCorrectiveActions");

        List<Task> actionTasks = tasks.createTaskQuery().processVariableValueEquals("incidentId", incident.id())
                .taskDefinitionKey("Task_TakeCorrectiveAction").orderByTaskAssignee().asc().list();
        assertThat(actionTasks).extracting(Task::getAssignee).containsExactly(OTHER_MEMBER, REPORTER);
        assertThat(actionTasks.get(1).getName()).isEqualTo("Take corrective action: Enforce screen lock by MDM");
        assertThat(actionTasks.get(1).getDueDate()).isEqualTo(Date.from(due.atTime(LocalTime.of(23, 59, 59))
                .atZone(ZoneId.systemDefault()).toInstant()));

        assertThat(taskList.complete(REPORTER, actionTasks.get(1).getId(),
                values("correctiveActionResult", "MDM profile v3 rolled out")).isDone()).isTrue();
        assertThat(actions.get(lock.id()).status()).isEqualTo(CorrectiveActionStatus.DONE);
        assertThat(actions.get(lock.id()).doneBy()).isEqualTo(REPORTER);
        assertThat(processOf(incident)).isWaitingAt("Task_TakeCorrectiveAction").isNotWaitingAt("Task_CloseIncident");
        assertThat(taskList.complete(OTHER_MEMBER, actionTasks.get(0).getId(),
                values("correctiveActionResult", "Done at the all-hands of 3 May")).isDone()).isTrue();

        assertThat(processOf(incident)).isWaitingAt("Task_CloseIncident");
    }

    @Test
    void closing_needs_the_lessons_learned_and_ends_the_process() {
        Incident incident = planned(report(aReport(newProject().id())));

        TaskOutcome withoutLessons = attempt(INCIDENT_MANAGER, incident, "Task_CloseIncident",
                "closeIncidentDecision", "approve");
        assertThat(withoutLessons.message()).isEqualTo("Write down the lessons learned before you close the incident.");

        complete(INCIDENT_MANAGER, incident, "Task_CloseIncident", "closeIncidentDecision", "approve",
                "lessonsLearned", "Lock screens by policy, not by habit.");

        assertThat(processOf(incident)).isNull();
        Incident closed = reload(incident);
        assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.lessonsLearned()).isEqualTo("Lock screens by policy, not by habit.");
        assertThat(closed.timeline()).extracting(IncidentStep::event).containsExactly(IncidentEvent.REPORTED,
                IncidentEvent.SEVERITY_PROPOSED, IncidentEvent.TRIAGED, IncidentEvent.CONTAINED,
                IncidentEvent.INVESTIGATED, IncidentEvent.CORRECTIVE_ACTIONS_PLANNED, IncidentEvent.CLOSED);
        assertThat(closed.timeline()).extracting(IncidentStep::actor).containsExactly(REPORTER, null,
                INCIDENT_MANAGER, INCIDENT_MANAGER, INCIDENT_MANAGER, INCIDENT_MANAGER, INCIDENT_MANAGER);
    }

    @Test
    void a_reopened_incident_goes_back_to_the_root_cause_with_the_reason() {
        Incident incident = planned(report(aReport(newProject().id())));

        complete(INCIDENT_MANAGER, incident, "Task_CloseIncident", "closeIncidentDecision", "reopen",
                "closeIncidentReason", "It happened again on another floor.");

        assertThat(processOf(incident)).isWaitingAt("Task_AnalyseIncidentRootCause");
        Incident reopened = reload(incident);
        assertThat(reopened.status()).isEqualTo(IncidentStatus.CONTAINED);
        assertThat(reopened.timeline()).last().extracting(IncidentStep::event, IncidentStep::note)
                .containsExactly(IncidentEvent.REOPENED, "It happened again on another floor.");
        assertThat(task(incident, "Task_AnalyseIncidentRootCause")).isNotNull();
    }

    @Test
    void reopening_needs_a_reason_for_the_next_investigation() {
        Incident incident = planned(report(aReport(newProject().id())));

        TaskOutcome withoutReason = attempt(INCIDENT_MANAGER, incident, "Task_CloseIncident",
                "closeIncidentDecision", "reopen");

        assertThat(withoutReason.kind()).isEqualTo(TaskOutcome.Kind.REFUSED);
        assertThat(withoutReason.message()).startsWith("Give a reason");
        assertThat(processOf(incident)).isWaitingAt("Task_CloseIncident");
        Incident unchanged = reload(incident);
        assertThat(unchanged.status()).isEqualTo(IncidentStatus.CORRECTIVE_ACTIONS);
        assertThat(unchanged.timeline()).extracting(IncidentStep::event).doesNotContain(IncidentEvent.REOPENED);
    }

    @Test
    void a_second_planning_round_after_a_reopening_adds_actions_and_sends_only_those_to_their_owners() {
        Incident incident = investigated(report(aReport(newProject().id())));
        CorrectiveAction first = actions.plan(incident.id(), new NewCorrectiveAction("Enforce screen lock by MDM",
                REPORTER, EngineClock.today().plusDays(5)), INCIDENT_MANAGER);
        complete(INCIDENT_MANAGER, incident, "Task_PlanCorrectiveActions");
        complete(REPORTER, incident, "Task_TakeCorrectiveAction", "correctiveActionResult", "MDM profile v3.");
        complete(INCIDENT_MANAGER, incident, "Task_CloseIncident", "closeIncidentDecision", "reopen",
                "closeIncidentReason", "Laptops outside MDM were missed.");
        complete(INCIDENT_MANAGER, incident, "Task_AnalyseIncidentRootCause", "rootCause",
                "Contractors' laptops are not enrolled in MDM.");

        assertThatThrownBy(() -> actions.withdraw(first.id(), INCIDENT_MANAGER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is done already");
        TaskOutcome nothingNew = attempt(INCIDENT_MANAGER, incident, "Task_PlanCorrectiveActions");
        assertThat(nothingNew.message()).startsWith("Plan at least one corrective action");
        CorrectiveAction second = actions.plan(incident.id(), new NewCorrectiveAction("Enrol contractors' laptops",
                OTHER_MEMBER, EngineClock.today().plusDays(7)), INCIDENT_MANAGER);
        complete(INCIDENT_MANAGER, incident, "Task_PlanCorrectiveActions");

        assertThat(tasks.createTaskQuery().processVariableValueEquals("incidentId", incident.id())
                .taskDefinitionKey("Task_TakeCorrectiveAction").list()).singleElement()
                .extracting(Task::getAssignee).isEqualTo(OTHER_MEMBER);
        complete(OTHER_MEMBER, incident, "Task_TakeCorrectiveAction", "correctiveActionResult", "All 14 enrolled.");
        complete(INCIDENT_MANAGER, incident, "Task_CloseIncident", "closeIncidentDecision", "approve",
                "lessonsLearned", "Every laptop is in MDM, whoever pays for it.");

        assertThat(processOf(incident)).isNull();
        assertThat(actions.of(incident.id())).extracting(CorrectiveAction::id, CorrectiveAction::status)
                .containsExactly(tuple(first.id(), CorrectiveActionStatus.DONE),
                        tuple(second.id(), CorrectiveActionStatus.DONE));
        assertThat(reload(incident).timeline()).filteredOn(step -> step.event()
                == IncidentEvent.CORRECTIVE_ACTIONS_PLANNED).extracting(IncidentStep::note).containsExactly(
                "Enforce screen lock by MDM (Colin Ortega, due " + first.dueDate() + ")",
                "Enrol contractors' laptops (Carla Chen, due " + second.dueDate() + ")");
    }

    private Instant due(Incident incident, String taskDefinitionKey) {
        return task(incident, taskDefinitionKey).getDueDate().toInstant();
    }
}
