package org.certflow.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.certflow.audit.Audit;
import org.certflow.audit.AuditExecution;
import org.certflow.audit.AuditPlan;
import org.certflow.audit.AuditProgramme;
import org.certflow.audit.Findings;
import org.certflow.project.Decisions;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.review.ManagementReview;
import org.certflow.review.MinutesPdf;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The evidence pack holds the SoA, the register of documented information and the decisions, as PDF and CSV, and
 * the other features' documents: the internal audit reports and the management review minutes.
 */
@SpringTest
class EvidencePackTest extends CertificationTestSupport {

    @Autowired
    EvidencePack evidencePack;
    @Autowired
    Decisions decisions;
    @Autowired
    Readiness readiness;
    @Autowired
    AuditProgramme programme;
    @Autowired
    AuditExecution execution;
    @Autowired
    Findings findings;

    private Project project;
    private Map<String, byte[]> files;

    @BeforeEach
    void buildThePack() throws IOException {
        project = newProject(StandardsScope.ISO27001_ONLY);
        ready.decideStatementOfApplicability(project);
        register.add(project.id(), new DocumentDetails(null, "5.2", "Information security policy",
                "https://docs.acme.example/isms/policy", "2.0", EXECUTIVE, EngineClock.today()), PROJECT_MANAGER);
        decisions.record(project.id(), "Task_ApproveSecurityPolicy", "Approve information security policy",
                "approve", null, EXECUTIVE);
        readiness.check(project.id());

        EvidencePack.File pack = evidencePack.of(project.id());

        assertThat(pack.name()).startsWith("evidence-pack-evidencepacktest-").endsWith(EngineClock.today() + ".zip");
        files = unzip(pack.content());
    }

    @Test
    void the_pack_holds_a_pdf_and_three_csv_files() {
        assertThat(files).containsOnlyKeys("evidence-pack.pdf", "statement-of-applicability.csv",
                "documented-information.csv", "decisions.csv");
    }

    @Test
    void the_soa_csv_has_every_control_with_its_decision_justification_and_owner() throws IOException {
        List<CSVRecord> soa = csv("statement-of-applicability.csv");

        assertThat(soa).hasSize(93);
        assertThat(soa.get(0).toMap()).containsEntry("Standard", "ISO 27001").containsEntry("Control", "5.1")
                .containsEntry("Title", "Policies for information security").containsEntry("Applicable", "yes")
                .containsEntry("Justification", "Treats a risk in the register")
                .containsEntry("Owner", "Carla Chen");
        assertThat(soa.get(92).toMap()).containsEntry("Applicable", "no").containsEntry("Owner", "");
    }

    @Test
    void the_register_and_decisions_csv_name_who_approved_and_decided() throws IOException {
        assertThat(csv("documented-information.csv")).singleElement().extracting(CSVRecord::toMap)
                .satisfies(entry -> assertThat(entry).containsEntry("Clause", "5.2").containsEntry("Standard", "both")
                        .containsEntry("Reference", "https://docs.acme.example/isms/policy")
                        .containsEntry("Version", "2.0").containsEntry("Approved by", "Eva Eriksen")
                        .containsEntry("Approved on", EngineClock.today().toString()));
        assertThat(csv("decisions.csv")).singleElement().extracting(CSVRecord::toMap)
                .satisfies(decision -> assertThat(decision)
                        .containsEntry("Subject", "Approve information security policy")
                        .containsEntry("Outcome", "approve").containsEntry("Decided by", "Eva Eriksen"));
    }

    @Test
    void the_pdf_shows_the_project_its_readiness_soa_register_and_decisions() throws IOException {
        String text = pdfText();

        assertThat(text).contains("Evidence pack: " + project.name(), "Readiness for Stage 1", "Not ready",
                "Statement of Applicability, ISO/IEC 27001:2022", "Policies for information security",
                "Register of documented information", "https://docs.acme.example/isms/policy",
                "Decisions", "Approve information security policy");
    }

    @Test
    void the_pack_holds_the_report_of_each_completed_internal_audit_and_the_minutes_of_each_completed_review()
            throws IOException {
        Audit audit = programme.plan(new AuditPlan(project.id(), "Full internal audit", EngineClock.today(), "aude",
                Set.of("4", "5", "6", "7", "8", "9", "10"), Set.copyOf(soa.applicableControls(project.id()))),
                PROJECT_MANAGER);
        execution.recordFinding(audit.id(), new org.certflow.audit.NewFinding("clause:7.5.3",
                org.certflow.audit.FindingGrade.MINOR_NONCONFORMITY, "Two procedures are not under version control.",
                CONTROL_OWNER, EngineClock.today().plusDays(30)), "aude");
        ready.carryOut(audit);
        ManagementReview review = ready.reviewByManagement(project);

        files = unzip(evidencePack.of(project.id()).content());

        String auditReport = "internal-audit-" + audit.id() + "-" + EngineClock.today() + ".pdf";
        String minutes = MinutesPdf.fileName(review);
        assertThat(files).containsOnlyKeys("evidence-pack.pdf", "statement-of-applicability.csv",
                "documented-information.csv", "decisions.csv", auditReport, minutes);
        assertThat(pdfText(auditReport)).contains("Internal audit report: Full internal audit",
                "Auditor: Aude Auclair", "Completed", "Conclusion: The management system conforms",
                "Results per requirement", "Clause 4.1", "Clause 7.5.3", "Nonconforming", "Records sampled",
                "Findings", "F-" + findings.ofAudit(audit.id()).get(0).id(),
                "Two procedures", "Minor nonconformity", "Colin Ortega");
        assertThat(pdfText(minutes)).contains("Management review minutes", "Automate the quarterly access review")
                .doesNotContain("DRAFT");
        assertThat(pdfText("evidence-pack.pdf")).contains("Also in this pack: " + auditReport + ", " + minutes);
    }

    private List<CSVRecord> csv(String name) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(files.get(name), StandardCharsets.UTF_8))).getRecords();
    }

    private String pdfText() throws IOException {
        return pdfText("evidence-pack.pdf");
    }

    private String pdfText(String file) throws IOException {
        PdfReader reader = new PdfReader(files.get(file));
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
