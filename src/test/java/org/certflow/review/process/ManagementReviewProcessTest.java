package org.certflow.review.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.project.Project;
import org.certflow.project.SoaLine;
import org.certflow.project.StatementOfApplicability;
import org.certflow.review.Approval;
import org.certflow.review.DecisionTopic;
import org.certflow.review.InputSection;
import org.certflow.review.InvalidReviewEntryException;
import org.certflow.review.ManagementReview;
import org.certflow.review.NewDecision;
import org.certflow.review.Preparation;
import org.certflow.review.ReviewDecision;
import org.certflow.review.ReviewStatus;
import org.certflow.review.ReviewTestSupport;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.tasklist.TaskOutcome.Kind;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** ManagementReviewProcess: every path, its timer, and what each task keeps in the review's record. */
@SpringTest
class ManagementReviewProcessTest extends ReviewTestSupport {

    private static final String SOA = "Statement of Applicability and control implementation";

    @Autowired
    HistoryService history;
    @Autowired
    Decisions projectDecisions;

    @Test
    void scheduled_review_waits_for_its_day_then_gathers_its_inputs_for_the_project_manager() {
        Project project = newProject();
        LocalDate day = EngineClock.today().plusDays(30);

        ProcessInstance review = instance(schedule.schedule(project.id(), day));

        assertThat(review).isWaitingAt("Timer_ReviewDue");
        Job timer = management.createJobQuery().processInstanceId(review.getId()).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(startOf(day));
        assertThat(reviews.ofProcessInstance(review.getId())).isEmpty();

        ClockUtil.setCurrentTime(startOf(day));
        management.executeJob(timer.getId());

        assertThat(review).isWaitingAt("Task_PrepareManagementReview");
        assertThat(task(review, "Task_PrepareManagementReview"))
                .hasCandidateGroup(ProjectGroups.groupId(project.id(), Role.PROJECT_MANAGER))
                .hasDueDate(endOf(day.plusWeeks(4)));
        ManagementReview opened = review(review);
        assertThat(opened.status()).isEqualTo(ReviewStatus.IN_PREPARATION);
        assertThat(opened.inputsGatheredAt()).isEqualTo(startOf(day).toInstant());
        assertThat(opened.inputs()).extracting(InputSection::title).containsSubsequence(
                "Status of actions from previous management reviews",
                "Statement of Applicability and control implementation",
                "Decisions taken in the project since the last management review");
        assertThat(runtime.getVariable(review.getId(), "managementReviewId")).isEqualTo(opened.id());
    }

    @Test
    void inputs_stay_as_they_were_on_the_day_they_were_gathered() {
        Project project = newProject();
        ProcessInstance review = holdNow(project);
        SoaLine line = soa.lines(project.id()).get(0);

        soa.decide(line.id(), true, "Needed for the platform", CONTROL_OWNER);

        assertThat(section(review, "Statement of Applicability and control implementation").facts())
                .containsExactly("ISO/IEC 27001:2022: 93 controls, 0 decided, 0 applicable, 0 of them implemented");
        assertThat(soa.summary(project.id()).values()).extracting(StatementOfApplicability.Summary::decided)
                .containsExactly(1);
    }

    @Test
    void project_manager_notes_each_input_section_while_preparing() {
        ProcessInstance review = holdNow(newProject());
        long id = review(review).id();

        preparation.saveNotes(id, 1, "  Ten controls to go before Stage 1. ", PROJECT_MANAGER);

        assertThat(review(review).inputs().get(1).notes()).isEqualTo("Ten controls to go before Stage 1.");
        assertThatThrownBy(() -> preparation.saveNotes(id, 1, "Mine now", CONTROL_OWNER))
                .hasMessage("Only the project manager prepares the management review.");
        assertThatThrownBy(() -> preparation.saveNotes(id, 1, "x".repeat(4001), PROJECT_MANAGER))
                .isInstanceOf(InvalidReviewEntryException.class);
        prepare(review);
        assertThatThrownBy(() -> preparation.saveNotes(id, 1, "Too late", PROJECT_MANAGER))
                .hasMessage("Notes can be changed while the review is in preparation only.");
    }

    @Test
    void preparation_is_recorded_with_who_and_when_and_goes_to_the_executive() {
        Project project = newProject();
        ProcessInstance review = holdNow(project);

        prepare(review);

        ManagementReview prepared = review(review);
        assertThat(prepared.status()).isEqualTo(ReviewStatus.AWAITING_DECISION);
        Preparation preparation = prepared.preparation().orElseThrow();
        assertThat(preparation.reviewDate()).isEqualTo(EngineClock.today());
        assertThat(preparation.agenda()).isEqualTo("Actions, context, performance, risks, decisions");
        assertThat(preparation.preparedBy()).isEqualTo(PROJECT_MANAGER);
        assertThat(preparation.preparedAt()).isNotNull();
        assertThat(task(review, "Task_DecideManagementReview"))
                .hasCandidateGroup(ProjectGroups.groupId(project.id(), Role.EXECUTIVE));
    }

    @Test
    void executive_records_each_decision_as_an_action_with_who_and_when() {
        ProcessInstance review = holdNow(newProject());
        prepare(review);

        ReviewDecision decision = decide(review, DecisionTopic.RESOURCES, " One more security engineer ");

        assertThat(reviews.decisions(review(review).id())).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(decision.id());
            assertThat(d.topic()).isEqualTo(DecisionTopic.RESOURCES);
            assertThat(d.decision()).isEqualTo("One more security engineer");
            assertThat(d.actionOwner()).isEqualTo(CONTROL_OWNER);
            assertThat(d.actionDue()).isEqualTo(EngineClock.today().plusMonths(1));
            assertThat(d.decidedBy()).isEqualTo(EXECUTIVE);
            assertThat(d.decidedAt()).isNotNull();
        });
    }

    @Test
    void bad_decisions_are_refused_at_their_field_and_saved_nowhere() {
        ProcessInstance review = holdNow(newProject());
        prepare(review);
        long id = review(review).id();
        LocalDate inAMonth = EngineClock.today().plusMonths(1);

        assertThat(refusedField(id, new NewDecision(null, "Train staff", CONTROL_OWNER, inAMonth)))
                .isEqualTo(InvalidReviewEntryException.TOPIC);
        assertThat(refusedField(id, new NewDecision(DecisionTopic.RESOURCES, " ", CONTROL_OWNER, inAMonth)))
                .isEqualTo(InvalidReviewEntryException.DECISION);
        assertThat(refusedField(id, new NewDecision(DecisionTopic.RESOURCES, "Train staff", "sam", inAMonth)))
                .isEqualTo(InvalidReviewEntryException.OWNER);
        assertThat(refusedField(id, new NewDecision(DecisionTopic.RESOURCES, "Train staff", CONTROL_OWNER,
                EngineClock.today().minusDays(1)))).isEqualTo(InvalidReviewEntryException.DUE);
        assertThatThrownBy(() -> decisions.record(id, new NewDecision(DecisionTopic.RESOURCES, "Train staff",
                CONTROL_OWNER, inAMonth), PROJECT_MANAGER))
                .hasMessage("Only the project's executive records management-review decisions.");
        assertThat(reviews.decisions(id)).isEmpty();
    }

    @Test
    void decisions_wait_for_the_preparation_and_a_mistaken_one_can_be_withdrawn_before_approval() {
        ProcessInstance review = holdNow(newProject());
        long id = review(review).id();
        assertThatThrownBy(() -> decide(review, DecisionTopic.RESOURCES, "Too early"))
                .hasMessage("Decisions are recorded while the review awaits them.");
        prepare(review);
        ReviewDecision mistaken = decide(review, DecisionTopic.RESOURCES, "Wrong owner");
        ReviewDecision kept = decide(review, DecisionTopic.MANAGEMENT_SYSTEM_CHANGE, "Add AI systems to the scope");

        decisions.withdraw(mistaken.id(), EXECUTIVE);

        assertThat(reviews.decisions(id)).extracting(ReviewDecision::id).containsExactly(kept.id());
    }

    @Test
    void approval_without_any_decision_is_refused_the_task_stays_open_and_no_decision_is_recorded() {
        Project project = newProject();
        ProcessInstance review = holdNow(project);
        prepare(review);

        TaskOutcome outcome = approve(review, EngineClock.today().plusYears(1));

        assertThat(outcome.kind()).isEqualTo(Kind.REFUSED);
        assertThat(outcome.message()).startsWith("Record at least one decision");
        assertThat(review).isWaitingAt("Task_DecideManagementReview");
        assertThat(review(review).status()).isEqualTo(ReviewStatus.AWAITING_DECISION);
        assertThat(review(review).approval()).isEmpty();
        assertThat(projectDecisions.of(project.id())).as("the approval recorded first is rolled back").isEmpty();
    }

    @Test
    void preparation_without_an_agenda_or_with_a_bad_date_is_refused_at_the_field_and_nothing_is_stored() {
        ProcessInstance review = holdNow(newProject());

        TaskOutcome withoutAgenda = complete(PROJECT_MANAGER, review, "Task_PrepareManagementReview",
                "managementReviewDate", EngineClock.today().toString(), "agenda", " ");
        TaskOutcome badDate = complete(PROJECT_MANAGER, review, "Task_PrepareManagementReview",
                "managementReviewDate", "26/04/2027", "agenda", "Actions, context, decisions");
        TaskOutcome longAgenda = complete(PROJECT_MANAGER, review, "Task_PrepareManagementReview",
                "managementReviewDate", EngineClock.today().toString(), "agenda", "x".repeat(4001));

        assertThat(withoutAgenda.kind()).isEqualTo(Kind.INVALID);
        assertThat(withoutAgenda.fieldErrors()).containsOnlyKeys("agenda");
        assertThat(badDate.fieldErrors()).containsOnlyKeys("managementReviewDate");
        assertThat(longAgenda.fieldErrors()).containsEntry("agenda", "At most 4000 characters, please.");
        assertNothingPrepared(review);
    }

    @Test
    void preparation_completed_past_the_task_list_without_an_agenda_is_refused_and_nothing_is_stored() {
        ProcessInstance review = holdNow(newProject());
        String prepareTask = task(review, "Task_PrepareManagementReview").getId();
        tasks.claim(prepareTask, PROJECT_MANAGER);

        assertThatThrownBy(() -> tasks.complete(prepareTask, Map.of("managementReviewDate",
                EngineClock.today().toString(), "agenda", " ")))
                .hasRootCauseInstanceOf(CompletionRefusedException.class)
                .hasRootCauseMessage("Please correct: Agenda: please fill this in.");

        assertNothingPrepared(review);
    }

    private void assertNothingPrepared(ProcessInstance review) {
        assertThat(review).isWaitingAt("Task_PrepareManagementReview");
        assertThat(review(review).status()).isEqualTo(ReviewStatus.IN_PREPARATION);
        assertThat(review(review).preparation()).isEmpty();
        assertThat(runtime.getVariable(review.getId(), "agenda")).isNull();
    }

    @Test
    void approval_without_a_conclusion_or_a_next_review_is_refused() {
        ProcessInstance review = holdNow(newProject());
        prepare(review);
        decide(review, DecisionTopic.CONTINUAL_IMPROVEMENT, "Automate evidence collection");

        TaskOutcome withoutConclusion = complete(EXECUTIVE, review, "Task_DecideManagementReview",
                "decideManagementReviewDecision", "approve",
                "nextReviewDate", EngineClock.today().plusYears(1).toString());
        TaskOutcome withoutNextReview = complete(EXECUTIVE, review, "Task_DecideManagementReview",
                "decideManagementReviewDecision", "approve", "reviewConclusion", "Effective.");

        assertThat(withoutConclusion.message()).startsWith("Give your conclusion");
        assertThat(withoutNextReview.message()).isEqualTo("Give the date of the next management review.");
        assertThat(review).isWaitingAt("Task_DecideManagementReview");
    }

    @Test
    void next_review_before_this_one_is_refused() {
        ProcessInstance review = holdNow(newProject());
        prepare(review);
        decide(review, DecisionTopic.CONTINUAL_IMPROVEMENT, "Automate evidence collection");

        TaskOutcome outcome = approve(review, EngineClock.today());

        assertThat(outcome.kind()).isEqualTo(Kind.REFUSED);
        assertThat(outcome.message()).startsWith("The next management review must come after this one");
        assertThat(review).isWaitingAt("Task_DecideManagementReview");
    }

    @Test
    void review_sent_back_gathers_its_inputs_again_for_the_project_manager_and_keeps_the_reason() {
        Project project = newProject();
        ProcessInstance review = holdNow(project);
        long id = review(review).id();
        preparation.saveNotes(id, sectionIndex(review, SOA), "Ten controls to go.", PROJECT_MANAGER);
        prepare(review);
        ClockUtil.setCurrentTime(Date.from(EngineClock.now().plus(Duration.ofDays(2))));
        soa.decide(soa.lines(project.id()).get(0).id(), true, "Needed for the platform", CONTROL_OWNER);

        TaskOutcome outcome = complete(EXECUTIVE, review, "Task_DecideManagementReview",
                "decideManagementReviewDecision", "sendBack", "decideManagementReviewReason",
                "The supplier assessments are missing.");

        assertThat(outcome.isDone()).isTrue();
        assertThat(review).isWaitingAt("Task_PrepareManagementReview");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(review.getId())
                .activityId("Task_GatherInputs").count()).isEqualTo(2);
        ManagementReview sentBack = review(review);
        assertThat(sentBack.id()).isEqualTo(id);
        assertThat(sentBack.status()).isEqualTo(ReviewStatus.IN_PREPARATION);
        assertThat(sentBack.sendBacks()).singleElement().satisfies(sendBack -> {
            assertThat(sendBack.reason()).isEqualTo("The supplier assessments are missing.");
            assertThat(sendBack.sentBackBy()).isEqualTo(EXECUTIVE);
            assertThat(sendBack.sentBackAt()).isEqualTo(EngineClock.now());
        });
        assertThat(sentBack.inputsGatheredAt()).isEqualTo(EngineClock.now());
        InputSection soaSection = sentBack.inputs().get(sectionIndex(review, SOA));
        assertThat(soaSection.facts()).containsExactly(
                "ISO/IEC 27001:2022: 93 controls, 1 decided, 1 applicable, 0 of them implemented");
        assertThat(soaSection.notes()).isEqualTo("Ten controls to go.");
        assertThat(projectDecisions.of(project.id())).singleElement()
                .extracting(Decision::taskId, Decision::outcome, Decision::reason, Decision::decidedBy)
                .containsExactly("Task_DecideManagementReview", "sendBack", "The supplier assessments are missing.",
                        EXECUTIVE);
        assertThat(runtime.getVariable(review.getId(), "reviewTasksDueDate"))
                .as("the send-back does not extend the deadline").isEqualTo(endOf(EngineClock.today().minusDays(2)
                        .plusWeeks(4)));
        prepare(review);
        assertThat(review).isWaitingAt("Task_DecideManagementReview");
    }

    @Test
    void sending_back_without_a_reason_is_refused_and_nothing_is_recorded() {
        Project project = newProject();
        ProcessInstance review = holdNow(project);
        prepare(review);

        TaskOutcome outcome = complete(EXECUTIVE, review, "Task_DecideManagementReview",
                "decideManagementReviewDecision", "sendBack", "decideManagementReviewReason", " ");

        assertThat(outcome.kind()).isEqualTo(Kind.REFUSED);
        assertThat(outcome.message()).startsWith("Give a reason");
        assertThat(review).isWaitingAt("Task_DecideManagementReview");
        assertThat(review(review).status()).isEqualTo(ReviewStatus.AWAITING_DECISION);
        assertThat(review(review).sendBacks()).isEmpty();
        assertThat(projectDecisions.of(project.id())).isEmpty();
        assertThatThrownBy(() -> decisions.sendBack(review(review).id(), null, EXECUTIVE))
                .isInstanceOf(CompletionRefusedException.class).hasMessageStartingWith("Give a reason");
    }

    @Test
    void approved_review_is_completed_and_the_next_one_is_scheduled_on_the_day_decided() {
        Project project = newProject();
        ProcessInstance earlier = instance(schedule.schedule(project.id(), EngineClock.today().plusMonths(6)));
        ProcessInstance review = holdNow(project);
        prepare(review);
        decide(review, DecisionTopic.CONTINUAL_IMPROVEMENT, "Automate evidence collection");
        decide(review, DecisionTopic.RESOURCES, "One more security engineer");
        LocalDate nextReview = EngineClock.today().plusMonths(11);

        assertThat(approve(review, nextReview).isDone()).isTrue();

        assertThat(review).hasPassed("Task_ScheduleNextReview", "EndEvent_ReviewCompleted").isEnded();
        ManagementReview completed = review(review);
        assertThat(completed.status()).isEqualTo(ReviewStatus.COMPLETED);
        Approval approval = completed.approval().orElseThrow();
        assertThat(approval.approvedBy()).isEqualTo(EXECUTIVE);
        assertThat(approval.conclusion()).isEqualTo("Suitable, adequate and effective.");
        assertThat(approval.nextReviewDate()).isEqualTo(nextReview);
        assertThat(projectDecisions.of(project.id())).singleElement()
                .extracting(Decision::taskId, Decision::outcome, Decision::decidedBy)
                .containsExactly("Task_DecideManagementReview", "approve", EXECUTIVE);
        assertThat(earlier).isEnded();
        assertThat(schedule.next(project.id())).contains(nextReview);
    }

    @Test
    void rescheduling_leaves_one_scheduled_review_per_project() {
        Project project = newProject();
        schedule.schedule(project.id(), EngineClock.today().plusMonths(6));

        schedule.schedule(project.id(), EngineClock.today().plusMonths(9));

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("ManagementReviewProcess")
                .processInstanceBusinessKey(String.valueOf(project.id())).activityIdIn("Timer_ReviewDue").count())
                .isEqualTo(1);
        assertThat(schedule.next(project.id())).contains(EngineClock.today().plusMonths(9));
    }

    @Test
    void actions_of_the_previous_review_are_an_input_of_the_next_with_their_status() {
        Project project = newProject();
        ProcessInstance first = holdNow(project);
        prepare(first);
        ReviewDecision done = decide(first, DecisionTopic.CONTINUAL_IMPROVEMENT, "Automate evidence collection");
        decide(first, DecisionTopic.RESOURCES, "One more security engineer");
        assertThat(approve(first, EngineClock.today().plusYears(1)).isDone()).isTrue();
        decisions.actionDone(done.id(), CONTROL_OWNER);

        ProcessInstance next = runtime.createProcessInstanceQuery().processDefinitionKey("ManagementReviewProcess")
                .processInstanceBusinessKey(String.valueOf(project.id())).singleResult();

        ClockUtil.setCurrentTime(startOf(EngineClock.today().plusYears(1)));
        management.executeJob(management.createJobQuery().processInstanceId(next.getId()).singleResult().getId());

        assertThat(section(next, "Status of actions from previous management reviews").facts()).satisfiesExactly(
                fact -> assertThat(fact).startsWith("Automate evidence collection (Continual improvement; Colin Ortega")
                        .contains(": done on "),
                fact -> assertThat(fact).startsWith("One more security engineer (Resources; Colin Ortega")
                        .endsWith(": overdue"));
        assertThat(section(next, "Decisions taken in the project since the last management review").facts())
                .isEmpty();
    }

    @Test
    void action_is_followed_up_once_approved_and_marked_done_by_its_owner_or_the_project_manager_only() {
        ProcessInstance review = holdNow(newProject());
        prepare(review);
        ReviewDecision action = decide(review, DecisionTopic.CONTINUAL_IMPROVEMENT, "Automate evidence collection");
        assertThatThrownBy(() -> decisions.actionDone(action.id(), CONTROL_OWNER))
                .hasMessage("Actions are followed up once the review's decisions are approved.");
        assertThat(approve(review, EngineClock.today().plusYears(1)).isDone()).isTrue();

        assertThatThrownBy(() -> decisions.actionDone(action.id(), "rita"))
                .hasMessage("Only the action's owner or the project manager marks it done.");
        ReviewDecision done = decisions.actionDone(action.id(), PROJECT_MANAGER);

        assertThat(done.isDone()).isTrue();
        assertThat(done.actionDoneBy()).isEqualTo(PROJECT_MANAGER);
        assertThat(done.isOverdue(EngineClock.today().plusYears(1))).isFalse();
        assertThatThrownBy(() -> decisions.actionDone(action.id(), CONTROL_OWNER))
                .hasMessage("Pia Palmer marked this action done on " + Dates.moment(done.actionDoneAt()) + ".");
    }

    private String refusedField(long reviewId, NewDecision entry) {
        try {
            decisions.record(reviewId, entry, EXECUTIVE);
        } catch (InvalidReviewEntryException refused) {
            return refused.field();
        }
        throw new AssertionError("Not refused: " + entry);
    }

    private InputSection section(ProcessInstance review, String title) {
        return review(review).inputs().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    private int sectionIndex(ProcessInstance review, String title) {
        List<InputSection> inputs = review(review).inputs();
        return IntStream.range(0, inputs.size()).filter(i -> inputs.get(i).title().equals(title)).findFirst()
                .orElseThrow();
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZoneId.systemDefault()).toInstant());
    }
}
