package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.SURVEILLANCE_AUDITED_ON;
import static org.certflow.certification.process.CertificationAuditVariables.SURVEILLANCE_REPORT_REFERENCE;
import static org.certflow.certification.process.CertificationAuditVariables.SURVEILLANCE_SUMMARY;
import static org.certflow.certification.process.ProcessValues.auditId;
import static org.certflow.certification.process.ProcessValues.refusing;
import static org.certflow.shared.CompletingTask.date;
import static org.certflow.shared.CompletingTask.text;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.certification.CertificationAudit;
import org.certflow.certification.CertificationAudits;
import org.certflow.certification.StageReport;
import org.springframework.stereotype.Component;

/** Completing "Prepare and record surveillance audit" records it and sets the timer for the next one, if any. */
@Component
class RecordSurveillanceAuditListener implements TaskListener {

    private final CertificationAudits audits;

    RecordSurveillanceAuditListener(CertificationAudits audits) {
        this.audits = audits;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate auditedOn = date(task, SURVEILLANCE_AUDITED_ON, "the day of the surveillance audit");
        CertificationAudit audit = refusing(() -> audits.surveillanceAudited(auditId(task), new StageReport(
                auditedOn, text(task, SURVEILLANCE_REPORT_REFERENCE), text(task, SURVEILLANCE_SUMMARY))));
        task.setVariables(SurveillanceSchedule.of(audit));
    }
}
