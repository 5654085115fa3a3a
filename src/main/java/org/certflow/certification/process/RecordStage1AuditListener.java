package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.STAGE1_AUDITED_ON;
import static org.certflow.certification.process.CertificationAuditVariables.STAGE1_REPORT_REFERENCE;
import static org.certflow.certification.process.CertificationAuditVariables.STAGE1_SUMMARY;
import static org.certflow.certification.process.ProcessValues.auditId;
import static org.certflow.certification.process.ProcessValues.refusing;
import static org.certflow.shared.CompletingTask.date;
import static org.certflow.shared.CompletingTask.text;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.certification.CertificationAudits;
import org.certflow.certification.StageReport;
import org.springframework.stereotype.Component;

/**
 * Completing "Record Stage 1 audit and findings" records the report; the findings entered beside the form are
 * then raised as corrective actions, one each.
 */
@Component
class RecordStage1AuditListener implements TaskListener {

    private final CertificationAudits audits;

    RecordStage1AuditListener(CertificationAudits audits) {
        this.audits = audits;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate auditedOn = date(task, STAGE1_AUDITED_ON, "the last day of Stage 1");
        refusing(() -> audits.stage1Audited(auditId(task), new StageReport(auditedOn,
                text(task, STAGE1_REPORT_REFERENCE), text(task, STAGE1_SUMMARY))));
    }
}
