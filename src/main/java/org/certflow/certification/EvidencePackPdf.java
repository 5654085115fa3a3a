package org.certflow.certification;

import static org.certflow.shared.Dates.day;
import static org.certflow.shared.Dates.moment;
import static org.certflow.shared.PdfTables.table;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.certflow.catalog.Standard;
import org.certflow.project.Project;
import org.certflow.project.SoaLine;
import org.certflow.shared.PdfTables;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/** The evidence pack's PDF: a cover with the project, then one section per list, as tables. */
final class EvidencePackPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

    private EvidencePackPdf() {
    }

    static byte[] write(EvidencePackContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        cover(document, content);
        readiness(document, content);
        for (Standard standard : content.project().standards().standards()) {
            soa(document, content, standard);
        }
        section(document, "Register of documented information");
        document.add(table(new float[] {1, 1.2f, 3, 4, 1, 2, 1.3f}, List.of("Clause", "Standard", "Title",
                "Reference", "Version", "Approved by", "Approved on"), content.register().stream()
                .map(e -> List.of(e.clause(), e.standard() == null ? "both" : e.standard().shortName(), e.title(),
                        e.reference(), text(e.documentVersion()), content.name(e.approvedBy()),
                        day(e.approvedOn()))).toList()));
        section(document, "Decisions");
        document.add(table(new float[] {3, 1.2f, 4, 2, 1.8f}, List.of("Subject", "Outcome", "Reason", "Decided by",
                "Decided at"), content.decisions().stream().map(d -> List.of(d.subject(), d.outcome(),
                        text(d.reason()), content.name(d.decidedBy()), moment(d.decidedAt()))).toList()));
        if (!content.findings().isEmpty()) {
            section(document, "Findings of the certification body");
            document.add(table(new float[] {1, 2, 1.2f, 5, 2, 1.3f}, List.of("Stage", "Grade", "Requirement",
                    "Finding", "Owner", "Status"), content.findings().stream().map(f -> List.of(f.stage().label(),
                    f.grade().label(), text(f.requirement()), f.description(), content.name(f.owner()),
                    f.status().label())).toList()));
        }
        document.close();
        return out.toByteArray();
    }

    private static void cover(Document document, EvidencePackContent content) {
        Project project = content.project();
        document.add(new Paragraph("Evidence pack: " + project.name(), TITLE));
        document.add(new Paragraph(project.organisation() + " · " + project.standards().label()
                + " · generated " + moment(content.generatedAt()), TEXT));
        Paragraph scope = new Paragraph("Scope: " + project.scope(), TEXT);
        scope.setSpacingBefore(6);
        document.add(scope);
        if (!content.documents().isEmpty()) {
            Paragraph documents = new Paragraph("Also in this pack: " + String.join(", ", content.documents())
                    + ".", TEXT);
            documents.setSpacingBefore(6);
            document.add(documents);
        }
    }

    private static void readiness(Document document, EvidencePackContent content) {
        section(document, "Readiness for Stage 1");
        ReadinessReport report = content.readiness();
        if (report == null) {
            document.add(new Paragraph("Not checked yet.", TEXT));
            return;
        }
        Paragraph verdict = new Paragraph((report.isReady() ? "Ready" : "Not ready") + ", checked "
                + moment(report.checkedAt()) + ".", TEXT);
        verdict.setSpacingAfter(6);
        document.add(verdict);
        document.add(table(new float[] {3, 1, 6}, List.of("Requirement", "Result", "Finding"), report.results()
                .stream().map(r -> List.of(r.requirement(), r.passed() ? "passed" : "failed", r.finding())).toList()));
    }

    private static void soa(Document document, EvidencePackContent content, Standard standard) {
        section(document, "Statement of Applicability, " + standard.title());
        List<SoaLine> lines = content.soa().stream().filter(l -> l.standard() == standard).toList();
        document.add(table(new float[] {0.8f, 3, 1, 4, 1.5f, 1.3f}, List.of("Control", "Title", "Applicable",
                "Justification", "Owner", "Implementation"), lines.stream().map(l -> List.of(l.controlId(),
                content.controlTitle(l), l.applicable() == null ? "undecided" : l.applicable() ? "yes" : "no",
                text(l.justification()), content.name(l.owner()), l.status().label())).toList()));
    }

    private static void section(Document document, String title) {
        document.add(PdfTables.heading(title));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

}
