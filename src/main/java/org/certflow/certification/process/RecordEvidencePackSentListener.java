package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.EVIDENCE_PACK_SENT_ON;
import static org.certflow.certification.process.CertificationAuditVariables.EVIDENCE_PACK_SENT_TO;
import static org.certflow.certification.process.ProcessValues.auditId;
import static org.certflow.certification.process.ProcessValues.refusing;
import static org.certflow.shared.CompletingTask.date;
import static org.certflow.shared.CompletingTask.text;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.certification.CertificationAudits;
import org.springframework.stereotype.Component;

/** Completing "Send evidence pack to the certification body" records when it went, and to whom. */
@Component
class RecordEvidencePackSentListener implements TaskListener {

    private final CertificationAudits audits;

    RecordEvidencePackSentListener(CertificationAudits audits) {
        this.audits = audits;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate sentOn = date(task, EVIDENCE_PACK_SENT_ON, "the day the evidence pack was sent");
        refusing(() -> audits.evidencePackSent(auditId(task), sentOn, text(task, EVIDENCE_PACK_SENT_TO)));
    }
}
