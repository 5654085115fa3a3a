package org.certflow.audit;

import java.util.Comparator;
import java.util.List;

import org.certflow.shared.EvidencePackFiles;
import org.springframework.stereotype.Component;

/** The evidence pack gets the report of each completed internal audit of the project, the earliest first. */
@Component
class InternalAuditReports implements EvidencePackFiles {

    private final AuditProgramme programme;
    private final InternalAuditReport report;

    InternalAuditReports(AuditProgramme programme, InternalAuditReport report) {
        this.programme = programme;
        this.report = report;
    }

    @Override
    public List<File> files(long projectId) {
        return programme.audits(projectId).stream().filter(Audit::isCompleted)
                .sorted(Comparator.comparing(Audit::completedAt))
                .map(audit -> new File(InternalAuditReport.fileName(audit), report.of(audit.id()))).toList();
    }
}
