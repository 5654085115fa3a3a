package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.AUDITED_SITES;
import static org.certflow.certification.process.CertificationAuditVariables.AUDIT_TEAM;
import static org.certflow.certification.process.CertificationAuditVariables.CERTIFICATION_BODY;
import static org.certflow.certification.process.CertificationAuditVariables.EVIDENCE_PACK_DUE_DATE;
import static org.certflow.certification.process.CertificationAuditVariables.LEAD_AUDITOR;
import static org.certflow.certification.process.CertificationAuditVariables.STAGE1_DATE;
import static org.certflow.certification.process.CertificationAuditVariables.STAGE1_REPORT_DUE_DATE;
import static org.certflow.certification.process.CertificationAuditVariables.STAGE2_DATE;
import static org.certflow.certification.process.CertificationAuditVariables.STAGE2_REPORT_DUE_DATE;
import static org.certflow.certification.process.ProcessValues.auditId;
import static org.certflow.certification.process.ProcessValues.refusing;
import static org.certflow.shared.CompletingTask.date;
import static org.certflow.shared.CompletingTask.text;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.certification.AuditLogistics;
import org.certflow.certification.CertificationAudits;
import org.springframework.stereotype.Component;

/**
 * Completing "Arrange audit logistics" records who audits, where and when, and dates the next tasks from it (see
 * {@link CertificationDeadlines}): the evidence pack two weeks before Stage 1, each audit's report a week after it.
 */
@Component
class RecordAuditLogisticsListener implements TaskListener {

    private final CertificationAudits audits;
    private final CertificationDeadlines deadlines;

    RecordAuditLogisticsListener(CertificationAudits audits, CertificationDeadlines deadlines) {
        this.audits = audits;
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate stage1 = date(task, STAGE1_DATE, "the first day of Stage 1");
        LocalDate stage2 = date(task, STAGE2_DATE, "the first day of Stage 2");
        refusing(() -> audits.arrangeLogistics(auditId(task), new AuditLogistics(text(task, CERTIFICATION_BODY),
                text(task, LEAD_AUDITOR), text(task, AUDIT_TEAM), text(task, AUDITED_SITES), stage1, stage2)));
        task.setVariable(EVIDENCE_PACK_DUE_DATE, deadlines.evidencePack(task, stage1));
        task.setVariable(STAGE1_REPORT_DUE_DATE, deadlines.report(task, stage1));
        task.setVariable(STAGE2_REPORT_DUE_DATE, deadlines.report(task, stage2));
    }
}
