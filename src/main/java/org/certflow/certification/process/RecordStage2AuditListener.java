package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.STAGE2_AUDITED_ON;
import static org.certflow.certification.process.CertificationAuditVariables.STAGE2_OUTCOME;
import static org.certflow.certification.process.CertificationAuditVariables.STAGE2_REPORT_DUE_DATE;
import static org.certflow.certification.process.CertificationAuditVariables.STAGE2_REPORT_REFERENCE;
import static org.certflow.certification.process.CertificationAuditVariables.STAGE2_SUMMARY;
import static org.certflow.certification.process.ProcessValues.auditId;
import static org.certflow.certification.process.ProcessValues.refusing;
import static org.certflow.shared.CompletingTask.date;
import static org.certflow.shared.CompletingTask.text;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.certification.CertificationAudits;
import org.certflow.certification.Stage2Outcome;
import org.certflow.certification.StageReport;
import org.certflow.shared.CompletionRefusedException;
import org.springframework.stereotype.Component;

/**
 * Completing "Record Stage 2 audit and outcome" records the report and the certification body's conclusion. With
 * major nonconformities, the certification body verifies their correction in a follow-up (see
 * {@link CertificationDeadlines#FOLLOW_UP_AFTER_STAGE_2}), and this task comes back for the follow-up's outcome.
 */
@Component
class RecordStage2AuditListener implements TaskListener {

    private final CertificationAudits audits;
    private final CertificationDeadlines deadlines;

    RecordStage2AuditListener(CertificationAudits audits, CertificationDeadlines deadlines) {
        this.audits = audits;
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        Stage2Outcome outcome = Stage2Outcome.ofFormValue(task.getVariable(STAGE2_OUTCOME))
                .orElseThrow(() -> new CompletionRefusedException("Choose the outcome of Stage 2."));
        LocalDate auditedOn = date(task, STAGE2_AUDITED_ON, "the last day of Stage 2");
        refusing(() -> audits.stage2Audited(auditId(task), new StageReport(auditedOn,
                text(task, STAGE2_REPORT_REFERENCE), text(task, STAGE2_SUMMARY)), outcome));
        if (outcome == Stage2Outcome.MAJOR_NONCONFORMITIES) {
            task.setVariable(STAGE2_REPORT_DUE_DATE, deadlines.followUp(task, auditedOn));
        }
    }
}
