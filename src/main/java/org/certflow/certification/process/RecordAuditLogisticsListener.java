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
import static org.certflow.certification.process.ProcessValues.date;
import static org.certflow.certification.process.ProcessValues.endOf;
import static org.certflow.certification.process.ProcessValues.refusing;
import static org.certflow.certification.process.ProcessValues.text;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.certification.AuditLogistics;
import org.certflow.certification.CertificationAudits;
import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/**
 * Completing "Arrange audit logistics" records who audits, where and when, and dates the next tasks from it: the
 * evidence pack two weeks before Stage 1, each audit's report a week after it.
 */
@Component
class RecordAuditLogisticsListener implements TaskListener {

    static final int EVIDENCE_PACK_DAYS_BEFORE_STAGE_1 = 14;
    static final int DAYS_TO_RECORD_A_REPORT = 7;

    private final CertificationAudits audits;

    RecordAuditLogisticsListener(CertificationAudits audits) {
        this.audits = audits;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate stage1 = date(task, STAGE1_DATE, "the first day of Stage 1");
        LocalDate stage2 = date(task, STAGE2_DATE, "the first day of Stage 2");
        refusing(() -> audits.arrangeLogistics(auditId(task), new AuditLogistics(text(task, CERTIFICATION_BODY),
                text(task, LEAD_AUDITOR), text(task, AUDIT_TEAM), text(task, AUDITED_SITES), stage1, stage2)));
        LocalDate packDue = stage1.minusDays(EVIDENCE_PACK_DAYS_BEFORE_STAGE_1);
        task.setVariable(EVIDENCE_PACK_DUE_DATE, endOf(packDue.isBefore(EngineClock.today()) ? EngineClock.today()
                : packDue));
        task.setVariable(STAGE1_REPORT_DUE_DATE, endOf(stage1.plusDays(DAYS_TO_RECORD_A_REPORT)));
        task.setVariable(STAGE2_REPORT_DUE_DATE, endOf(stage2.plusDays(DAYS_TO_RECORD_A_REPORT)));
    }
}
