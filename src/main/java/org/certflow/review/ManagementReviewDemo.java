package org.certflow.review;

import static org.certflow.review.process.ReviewVariables.TASK_DECIDE;
import static org.certflow.review.process.ReviewVariables.TASK_PREPARE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.certflow.demo.ProjectWorker;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the demo profile's first start, after the demo projects and every other feature's demo records (the reviews
 * gather them as inputs): the labs project's management review, held two
 * weeks ago while its controls were being implemented, with the project manager's notes on changes in context and
 * on the objectives, three decisions (one action done, one overdue) and its next review scheduled a year later; and
 * the AI platform's review, prepared with notes on changes in context and waiting for the executive's decisions.
 * Worked through the real tasks as their people, with the engine clock set back; one transaction, so an interrupted
 * start seeds again.
 */
@Component
@Profile("demo")
@Order(5)
class ManagementReviewDemo implements ApplicationRunner {

    static final String LABS = "Northwind Labs assistant AIMS";
    static final String AI_PLATFORM = "Northwind AI platform certification";
    /** The section of the project feature's input on changes in context (clause 9.3.2 b, c). */
    static final String CONTEXT_CHANGES = "Changes in external and internal issues and in interested parties' needs";
    /** The section of the project feature's input on the objectives' fulfilment (clause 9.3.2 d 4). */
    static final String OBJECTIVES = "Fulfilment of objectives: the project's progress";

    private final ManagementReviewRepository reviews;
    private final ProjectService projects;
    private final ReviewSchedule schedule;
    private final ReviewPreparation preparation;
    private final ReviewDecisions decisions;
    private final ProjectWorker worker;
    private final TransactionTemplate transactions;

    ManagementReviewDemo(ManagementReviewRepository reviews, ProjectService projects, ReviewSchedule schedule,
                         ReviewPreparation preparation, ReviewDecisions decisions, ProjectWorker worker,
                         TransactionTemplate transactions) {
        this.reviews = reviews;
        this.projects = projects;
        this.schedule = schedule;
        this.preparation = preparation;
        this.decisions = decisions;
        this.worker = worker;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (reviews.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now();
        try {
            transactions.executeWithoutResult(status -> {
                projects.findByName(LABS).ifPresent(labs -> completedReview(labs, today.minusDays(21)));
                projects.findByName(AI_PLATFORM).ifPresent(platform -> preparedReview(platform, today.minusDays(1)));
            });
        } finally {
            ClockUtil.reset();
        }
    }

    private void completedReview(Project labs, LocalDate opened) {
        long id = labs.id();
        at(opened);
        ManagementReview review = reviews.findByProcessInstanceId(schedule.holdNow(id)).orElseThrow();
        note(review, OBJECTIVES, "The 38 controls are implemented over the next two weeks; the audit and "
                + "certification phase then starts with the full internal audit.");
        at(opened.plusDays(4));
        note(review, CONTEXT_CHANGES, "Prompt-injection attempts on the customer assistant rose after its launch in "
                + "Sweden; the Finnish data protection authority published guidance on generative AI.");
        worker.complete(id, TASK_PREPARE, preparationOn(opened.plusDays(7)));
        at(opened.plusDays(7));
        NewDecision improvement = new NewDecision(DecisionTopic.CONTINUAL_IMPROVEMENT, "Add automated "
                + "prompt-injection tests to the assistant's release pipeline.", "colin", opened.plusDays(14));
        ReviewDecision done = decisions.record(review.id(), improvement, "eva");
        decisions.record(review.id(), new NewDecision(DecisionTopic.MANAGEMENT_SYSTEM_CHANGE, "Add the "
                + "assistant's retrieval component to the AI system inventory and assess its impact.", "aiden",
                opened.plusDays(35)), "eva");
        decisions.record(review.id(), new NewDecision(DecisionTopic.RESOURCES, "Fund an external red-team "
                + "exercise of the assistant before the Stage 1 audit.", "pia", opened.plusDays(18)), "eva");
        worker.complete(id, TASK_DECIDE, Map.of("decideManagementReviewDecision", "approve",
                "reviewConclusion", "The AI management system is suitable and adequate; its effectiveness against "
                        + "prompt injection needs the tests decided today.",
                "nextReviewDate", opened.plusDays(7).plusYears(1).toString()));
        at(opened.plusDays(13));
        decisions.actionDone(done.id(), "colin");
    }

    /** Opened in the afternoon, after the demo's control reviews of that morning, and prepared at once. */
    private void preparedReview(Project platform, LocalDate opened) {
        at(opened, LocalTime.of(15, 0));
        ManagementReview review = reviews.findByProcessInstanceId(schedule.holdNow(platform.id())).orElseThrow();
        at(opened, LocalTime.of(17, 0));
        note(review, CONTEXT_CHANGES, "A second banking customer requires ISO 42001 by next year; the EU AI Act "
                + "classifies the credit-scoring services as high-risk.");
        worker.complete(platform.id(), TASK_PREPARE, preparationOn(opened.plusDays(8)));
    }

    /** The project manager's notes on the input section of this title. */
    private void note(ManagementReview review, String title, String notes) {
        List<InputSection> sections = review.inputs();
        int section = IntStream.range(0, sections.size()).filter(i -> sections.get(i).title().equals(title))
                .findFirst().orElseThrow(() -> new IllegalStateException("No input section \"" + title + "\""));
        preparation.saveNotes(review.id(), section, notes, "pia");
    }

    private static Map<String, Object> preparationOn(LocalDate day) {
        return Map.of("managementReviewDate", day.toString());
    }

    private static void at(LocalDate day) {
        at(day, LocalTime.of(10, 0));
    }

    private static void at(LocalDate day, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(ZoneId.systemDefault()).toInstant()));
    }
}
