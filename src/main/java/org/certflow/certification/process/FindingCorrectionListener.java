package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.CORRECTIVE_ACTION_DUE;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_DESCRIPTION;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_GRADE;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_ID;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_OWNER;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_SOURCE;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_TITLE;
import static org.certflow.certification.process.CertificationAuditVariables.VERIFIER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.certflow.certification.AuditFindings;
import org.certflow.certification.AuditFindings.Correction;
import org.springframework.stereotype.Component;

/**
 * On each instance of a "Corrective action per ... finding" call activity: at the start, the finding is in
 * correction and what CorrectiveActionProcess starts with (title, owner, verifier, due date, ...) becomes the local
 * variables the call hands over; at the end of the corrective action, the finding is closed (not when the instance
 * is cancelled).
 */
@Component
class FindingCorrectionListener implements ExecutionListener {

    private final AuditFindings findings;

    FindingCorrectionListener(AuditFindings findings) {
        this.findings = findings;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long findingId = ((Number) execution.getVariable(FINDING_ID)).longValue();
        switch (execution.getEventName()) {
            case EVENTNAME_START -> handOver(execution, findings.correctionStarted(findingId));
            case EVENTNAME_END -> {
                if (!execution.isCanceled()) {
                    findings.closed(findingId);
                }
            }
            default -> throw new IllegalStateException("FindingCorrectionListener does not handle "
                    + execution.getEventName());
        }
    }

    private static void handOver(DelegateExecution execution, Correction correction) {
        execution.setVariableLocal(FINDING_SOURCE, correction.source());
        execution.setVariableLocal(FINDING_TITLE, correction.title());
        execution.setVariableLocal(FINDING_DESCRIPTION, correction.description());
        execution.setVariableLocal(FINDING_GRADE, correction.grade().name());
        execution.setVariableLocal(FINDING_OWNER, correction.owner());
        execution.setVariableLocal(VERIFIER, correction.verifier());
        execution.setVariableLocal(CORRECTIVE_ACTION_DUE, correction.due().toString());
    }
}
