package org.certflow.audit;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.shared.Dates;
import org.certflow.shared.PdfTables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The report of an internal audit as a PDF (clause 9.2.2 f, the audit's results): who audited what and when, the
 * auditor's conclusion, the result per requirement of its scope and each finding with its corrective action.
 */
@Service
public class InternalAuditReport {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private final AuditProgramme programme;
    private final Findings findings;
    private final ProjectService projects;
    private final People people;

    InternalAuditReport(AuditProgramme programme, Findings findings, ProjectService projects, People people) {
        this.programme = programme;
        this.findings = findings;
        this.projects = projects;
        this.people = people;
    }

    /** A file name such as {@code internal-audit-12-2027-03-01.pdf} (the planned day). */
    public static String fileName(Audit audit) {
        return "internal-audit-" + audit.id() + "-" + audit.plannedDate() + ".pdf";
    }

    @Transactional(readOnly = true)
    public byte[] of(long auditId) {
        Audit audit = programme.get(auditId);
        Project project = projects.get(audit.projectId());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, pdf);
        document.open();
        document.add(new Paragraph("Internal audit report: " + audit.title(), TITLE));
        document.add(new Paragraph(project.name() + " (" + project.organisation() + "), "
                + project.standards().label(), TEXT));
        document.add(new Paragraph("Auditor: " + people.displayName(audit.auditor()) + " · planned for "
                + Dates.day(audit.plannedDate()) + " · " + audit.status().label()
                + (audit.isCompleted() ? " on " + Dates.day(audit.completedAt()) : ""), TEXT));
        document.add(new Paragraph("Conclusion: " + (audit.conclusion() == null ? Dates.NONE : audit.conclusion()),
                TEXT));
        List<Requirement> scope = programme.scope(audit);
        Map<String, String> references = scope.stream().collect(Collectors.toMap(Requirement::key,
                Requirement::reference));
        document.add(PdfTables.heading("Results per requirement"));
        document.add(PdfTables.table(new float[] {1.4f, 4, 1.2f, 4}, List.of("Requirement", "Title", "Result",
                "Note"), scope.stream().map(r -> {
                    AuditResult result = audit.result(r.key()).orElseThrow();
                    return List.of(r.reference(), r.title(), result.isRecorded() ? result.result().label()
                            : "Not recorded", text(result.note()));
                }).toList()));
        List<Finding> found = findings.ofAudit(auditId);
        document.add(PdfTables.heading("Findings"));
        if (found.isEmpty()) {
            document.add(new Paragraph("None.", TEXT));
        } else {
            document.add(PdfTables.table(new float[] {0.8f, 1.4f, 1.6f, 4, 1.6f, 1.4f, 1.1f, 3}, List.of("Finding",
                    "Requirement", "Grade", "Description", "Owner", "Status", "Due", "Action taken"),
                    found.stream().map(f -> List.of(f.reference(), references.getOrDefault(f.requirement(),
                            f.requirement()), f.grade().label(),
                            f.description(), f.owner() == null ? Dates.NONE : people.displayName(f.owner()),
                            f.status().label(), Dates.day(f.dueDate()), text(f.actionTaken()))).toList()));
        }
        document.close();
        return pdf.toByteArray();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
