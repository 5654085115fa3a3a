package org.certflow.review;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.shared.Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The minutes of a management review as a PDF, as a certification body asks for them: the preparation, each
 * send-back with its reason, the inputs as they were gathered with the project manager's notes, each decision with
 * its action and who recorded it when, the conclusion and the approval. A review not completed yet gives draft minutes, marked as such.
 */
@Service
public class MinutesPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font NOTE = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9);

    private final ManagementReviews reviews;
    private final ProjectService projects;
    private final People people;

    MinutesPdf(ManagementReviews reviews, ProjectService projects, People people) {
        this.reviews = reviews;
        this.projects = projects;
        this.people = people;
    }

    /** A file name such as {@code management-review-2027-04-26-12.pdf}. */
    public static String fileName(ManagementReview review) {
        return "management-review-" + review.preparation().map(p -> p.reviewDate().toString()).orElse("draft")
                + "-" + review.id() + ".pdf";
    }

    @Transactional(readOnly = true)
    public byte[] of(long reviewId) {
        ManagementReview review = reviews.find(reviewId).orElseThrow();
        Project project = projects.get(review.projectId());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, pdf);
        document.open();
        document.add(new Paragraph((review.isCompleted() ? "" : "DRAFT: ") + "Management review minutes", TITLE));
        document.add(new Paragraph(project.name() + " (" + project.organisation() + "), "
                + project.standards().label(), TEXT));
        header(document, review);
        review.preparation().ifPresent(p -> preparation(document, p));
        if (!review.sendBacks().isEmpty()) {
            heading(document, "Sent back");
            review.sendBacks().forEach(sendBack -> document.add(new Paragraph(Dates.moment(
                    sendBack.sentBackAt()) + ", " + people.displayName(sendBack.sentBackBy()) + ": "
                    + sendBack.reason(), TEXT)));
        }
        heading(document, "Inputs (clause 9.3.2), as gathered on " + Dates.day(review.inputsGatheredAt()));
        review.inputs().forEach(section -> input(document, section));
        heading(document, "Decisions (clause 9.3.3)");
        decisions(document, reviews.decisions(reviewId));
        review.approval().ifPresent(a -> {
            heading(document, "Conclusion");
            document.add(new Paragraph(a.conclusion(), TEXT));
            document.add(new Paragraph("Next management review: " + Dates.day(a.nextReviewDate()), TEXT));
        });
        document.close();
        return pdf.toByteArray();
    }

    private void header(Document document, ManagementReview review) {
        PdfPTable facts = table(new float[] {1, 3});
        fact(facts, "Status", review.status().label());
        fact(facts, "Held on", review.preparation().map(p -> Dates.day(p.reviewDate()))
                .orElse(Dates.NONE));
        fact(facts, "Prepared by", review.preparation().map(p -> people.displayName(p.preparedBy()) + ", "
                + Dates.moment(p.preparedAt())).orElse(Dates.NONE));
        fact(facts, "Approved by", review.approval().map(a -> people.displayName(a.approvedBy()) + ", "
                + Dates.moment(a.approvedAt())).orElse(Dates.NONE));
        document.add(facts);
    }

    private static void preparation(Document document, Preparation preparation) {
        heading(document, "Preparation");
        PdfPTable facts = table(new float[] {1, 3});
        fact(facts, "Agenda", preparation.agenda());
        fact(facts, "Feedback from interested parties", preparation.interestedPartyFeedback());
        fact(facts, "Opportunities for improvement", preparation.improvementOpportunities());
        document.add(facts);
    }

    private static void input(Document document, InputSection section) {
        document.add(new Paragraph(section.title(), LABEL));
        com.lowagie.text.List facts = new com.lowagie.text.List(false, 10);
        section.facts().forEach(fact -> facts.add(new com.lowagie.text.ListItem(fact, TEXT)));
        document.add(section.facts().isEmpty() ? new Paragraph("Nothing to report.", TEXT) : facts);
        if (section.notes() != null) {
            document.add(new Paragraph("Notes: " + section.notes(), NOTE));
        }
    }

    private void decisions(Document document, List<ReviewDecision> decisions) {
        if (decisions.isEmpty()) {
            document.add(new Paragraph("No decision recorded.", TEXT));
            return;
        }
        PdfPTable table = table(new float[] {2, 5, 2, 2, 3});
        table.setHeaderRows(1);
        List.of("Topic", "Decision and action", "Action owner", "Due", "Recorded by")
                .forEach(header -> cell(table, header, LABEL));
        for (ReviewDecision d : decisions) {
            cell(table, d.topic().label(), TEXT);
            cell(table, d.decision(), TEXT);
            cell(table, people.displayName(d.actionOwner()), TEXT);
            cell(table, Dates.day(d.actionDue()), TEXT);
            cell(table, people.displayName(d.decidedBy()) + ", " + Dates.moment(d.decidedAt()), TEXT);
        }
        document.add(table);
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    private static void fact(PdfPTable table, String label, String value) {
        cell(table, label, LABEL);
        cell(table, value == null ? Dates.NONE : value, TEXT);
    }

    private static void cell(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        table.addCell(cell);
    }
}
