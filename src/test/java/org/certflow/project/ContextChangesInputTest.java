package org.certflow.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.test_support.NewProjectBuilder.aProject;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.certflow.shared.EngineClock;
import org.certflow.shared.ReviewFacts;
import org.certflow.tasklist.TaskListService;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The management review's input on changes in context (clause 9.3.2 b, c), read from the scope and context the
 * project manager described in the gap analysis: the first review starts from them, later ones hear what changed.
 */
@SpringTest
class ContextChangesInputTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final Map<String, Object> DESCRIBED = Map.of(
            "externalIssues", "EU AI Act obligations; banks ask for ISO 27001 in tenders.",
            "internalIssues", "Fast growth; security team of three.",
            "climateChangeRelevant", true,
            "interestedParties", "Customers, regulators, staff.",
            "scopeStatement", "The analytics platform, run from Lyon.",
            "scopeBoundaries", "Product engineering and operations.");

    @Autowired
    ProjectService projects;
    @Autowired
    ContextChangesInput input;
    @Autowired
    Decisions decisions;
    @Autowired
    TaskListService taskList;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    private Project project;
    private String standards;

    @BeforeEach
    void createProject() {
        project = projects.create(aProject().scope("Head office in Lyon").build(), "pia");
        standards = "Standards and scope, as set when the project was created on " + day(project.createdAt())
                + ": ISO 27001 + ISO 42001; Head office in Lyon";
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void before_the_gap_analysis_describes_them_the_review_hears_the_scope_and_context_are_missing() {
        assertThat(input.title()).isEqualTo("Changes in external and internal issues and in interested parties' needs");
        assertThat(input.facts(project.id())).containsExactly(standards,
                "The scope and context (clauses 4.1-4.4) have not been described yet.");
    }

    @Test
    void the_first_review_starts_from_the_scope_and_context_the_gap_analysis_described() {
        describe(DESCRIBED);
        assertThat(input.facts(project.id())).endsWith("The gap analysis is not approved yet.");
        later();
        Instant approved = approve("Task_ApproveGapAnalysis");

        assertThat(input.facts(project.id())).containsExactly(standards,
                "The scope and context as the gap analysis described them, the starting point of the first management "
                        + "review:",
                "External issues (4.1): EU AI Act obligations; banks ask for ISO 27001 in tenders.",
                "Internal issues (4.1): Fast growth; security team of three.",
                "Climate change a relevant issue (4.1): yes",
                "Interested parties and their requirements (4.2): Customers, regulators, staff.",
                "Scope statement (4.3): The analytics platform, run from Lyon.",
                "Boundaries and interfaces (4.3): Product engineering and operations.",
                "Exclusions from the scope (4.3): none given",
                "No change to the scope and context since the gap analysis approved on " + day(approved) + ".");
    }

    @Test
    void a_later_review_hears_only_what_changed_since_the_last_review_with_the_earlier_value() {
        describe(DESCRIBED);
        later();
        approve("Task_ApproveGapAnalysis");
        later();
        Instant reviewed = approve("Task_DecideManagementReview");
        assertThat(input.facts(project.id())).containsExactly(standards,
                "No change to the scope and context since the management review approved on " + day(reviewed) + ".");
        later();

        Map<String, Object> redescribed = new HashMap<>(DESCRIBED);
        redescribed.put("externalIssues", "A second banking customer requires ISO 42001.");
        runtime.createProcessInstanceModification(gapAnalysis()).startBeforeActivity("Task_DescribeScopeAndContext")
                .execute();
        describe(redescribed);

        assertThat(input.facts(project.id())).containsExactly(standards,
                "External issues (4.1) changed on " + day(EngineClock.now()) + ": A second banking customer requires "
                        + "ISO 42001. (before: EU AI Act obligations; banks ask for ISO 27001 in tenders.)");
    }

    @Test
    void a_long_answer_is_quoted_by_its_start() {
        Map<String, Object> answers = new HashMap<>(DESCRIBED);
        answers.put("internalIssues", "x".repeat(1000));
        describe(answers);

        assertThat(input.facts(project.id())).contains("Internal issues (4.1): "
                + "x".repeat(ReviewFacts.QUOTED - 1) + "…");
    }

    private void describe(Map<String, Object> answers) {
        String task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(project.id()))
                .taskDefinitionKey("Task_DescribeScopeAndContext").singleResult().getId();
        assertThat(taskList.complete("pia", task, answers).isDone()).isTrue();
    }

    /** The decision the task's completion records (DecisionRecorder), taken now. */
    private Instant approve(String taskId) {
        return decisions.record(project.id(), taskId, "Approve", "approve", null, "pia").decidedAt();
    }

    private String gapAnalysis() {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(project.id()))
                .processDefinitionKey(Phase.GAP_ANALYSIS.processKey()).singleResult().getId();
    }

    private static void later() {
        ClockUtil.setCurrentTime(Date.from(EngineClock.now().plus(Duration.ofDays(3))));
    }

    private static String day(Instant instant) {
        return DAY.format(instant.atZone(ZoneId.systemDefault()));
    }
}
