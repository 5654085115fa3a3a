package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.RECERTIFICATION_AUDIT_DATE;
import static org.certflow.certification.process.ProcessValues.auditId;
import static org.certflow.certification.process.ProcessValues.refusing;
import static org.certflow.shared.CompletingTask.date;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.certification.CertificationAudits;
import org.springframework.stereotype.Component;

/**
 * Completing "Prepare recertification audit" records the recertification audit's date agreed with the body; the
 * surveillance cycle then calls the next certification audit.
 */
@Component
class RecordRecertificationPlanListener implements TaskListener {

    private final CertificationAudits audits;

    RecordRecertificationPlanListener(CertificationAudits audits) {
        this.audits = audits;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate auditDate = date(task, RECERTIFICATION_AUDIT_DATE, "the date of the recertification audit");
        refusing(() -> audits.recertificationPlanned(auditId(task), auditDate));
    }
}
