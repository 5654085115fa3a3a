package org.certflow.certification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.certflow.catalog.Catalog;
import org.certflow.project.Decisions;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.People;
import org.certflow.shared.EngineClock;
import org.certflow.shared.EvidencePackFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence pack a certification body asks for before Stage 1: a ZIP with a readable PDF (readiness, Statement
 * of Applicability, register of documented information, decisions, findings), the same lists as CSV files for
 * the auditor's own tools, and the documents the other features give the pack ({@link EvidencePackFiles}: the
 * internal audit reports, the management review minutes).
 */
@Service
public class EvidencePack {

    static final String PDF = "evidence-pack.pdf";
    static final String SOA_CSV = "statement-of-applicability.csv";
    static final String REGISTER_CSV = "documented-information.csv";
    static final String DECISIONS_CSV = "decisions.csv";

    private final ProjectService projects;
    private final StatementOfApplicability soa;
    private final DocumentedInformationRegister register;
    private final Decisions decisions;
    private final Readiness readiness;
    private final CertificationAudits audits;
    private final AuditFindings findings;
    private final Catalog catalog;
    private final People people;
    private final List<EvidencePackFiles> documents;

    EvidencePack(ProjectService projects, StatementOfApplicability soa, DocumentedInformationRegister register,
                 Decisions decisions, Readiness readiness, CertificationAudits audits, AuditFindings findings,
                 Catalog catalog, People people, List<EvidencePackFiles> documents) {
        this.projects = projects;
        this.soa = soa;
        this.register = register;
        this.decisions = decisions;
        this.readiness = readiness;
        this.audits = audits;
        this.findings = findings;
        this.catalog = catalog;
        this.people = people;
        this.documents = List.copyOf(documents);
    }

    /** A file to download: its name and its bytes. */
    public record File(String name, byte[] content) {
    }

    @Transactional(readOnly = true)
    public File of(long projectId) {
        Project project = projects.get(projectId);
        List<EvidencePackFiles.File> others = documents.stream().flatMap(d -> d.files(projectId).stream()).toList();
        EvidencePackContent content = new EvidencePackContent(project, soa.lines(projectId),
                register.entries(projectId), decisions.of(projectId), readiness.latest(projectId).orElse(null),
                audits.latest(projectId).map(a -> findings.of(a.id())).orElse(List.of()),
                others.stream().map(EvidencePackFiles.File::name).toList(), EngineClock.now(), catalog,
                people::displayName);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            add(out, PDF, EvidencePackPdf.write(content));
            add(out, SOA_CSV, EvidencePackCsv.soa(content));
            add(out, REGISTER_CSV, EvidencePackCsv.register(content));
            add(out, DECISIONS_CSV, EvidencePackCsv.decisions(content));
            for (EvidencePackFiles.File file : others) {
                add(out, file.name(), file.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the evidence pack", e);
        }
        return new File(fileName(project), zip.toByteArray());
    }

    private static void add(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static String fileName(Project project) {
        String slug = project.name().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "evidence-pack-" + slug + "-" + LocalDate.ofInstant(EngineClock.now(), ZoneId.systemDefault())
                + ".zip";
    }
}
