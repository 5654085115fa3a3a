package org.certflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.project.Project;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

@SpringTest
class MinutesPdfTest extends ReviewTestSupport {

    @Autowired
    MinutesPdf minutes;

    @Test
    void minutes_of_a_completed_review_hold_its_inputs_notes_and_decisions_with_who_and_when() throws IOException {
        Project project = newProject();
        ProcessInstance review = holdNow(project);
        long id = review(review).id();
        preparation.saveNotes(id, 1, "Ten controls to go before Stage 1.", PROJECT_MANAGER);
        prepare(review);
        decide(review, DecisionTopic.CONTINUAL_IMPROVEMENT, "Automate the quarterly access review");
        decide(review, DecisionTopic.RESOURCES, "Hire a second security engineer");
        assertThat(approve(review, EngineClock.today().plusYears(1)).isDone()).isTrue();

        String text = text(minutes.of(id));

        assertThat(text).contains("Management review minutes", project.name(), "Completed",
                "Actions, context, performance, risks, decisions",
                "Statement of Applicability and control implementation",
                "Notes: Ten controls to go before Stage 1.",
                "Automate the quarterly access review", "Hire a second security engineer", "Resources",
                "Colin Ortega", "Eva Eriksen", Dates.day(EngineClock.today().plusYears(1)),
                "Suitable, adequate and effective.")
                .doesNotContain("DRAFT");
    }

    @Test
    void minutes_say_when_who_and_why_the_review_was_sent_back() throws IOException {
        ProcessInstance review = holdNow(newProject());
        prepare(review);
        assertThat(complete(EXECUTIVE, review, "Task_DecideManagementReview", "decideManagementReviewDecision",
                "sendBack", "decideManagementReviewReason", "Add the supplier assessments.").isDone()).isTrue();
        SendBack sendBack = review(review).sendBacks().get(0);

        String text = text(minutes.of(review(review).id()));

        assertThat(text).contains("Sent back", Dates.moment(sendBack.sentBackAt()) + ", Eva Eriksen: Add the "
                + "supplier assessments.");
    }

    @Test
    void minutes_of_a_review_not_completed_yet_are_marked_draft() throws IOException {
        ProcessInstance review = holdNow(newProject());

        String text = text(minutes.of(review(review).id()));

        assertThat(text).contains("DRAFT: Management review minutes", "In preparation", "No decision recorded.");
        assertThat(MinutesPdf.fileName(review(review))).isEqualTo("management-review-draft-" + review(review).id()
                + ".pdf");
    }

    /** All the text of the PDF; opening it with a PDF reader is part of the test. */
    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
