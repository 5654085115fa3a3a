package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.FINDING_DESCRIPTION;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_GRADE;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_ID;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_OWNER;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_SOURCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.certflow.certification.AuditFindings;
import org.certflow.certification.CertificationFinding;
import org.springframework.stereotype.Component;

/**
 * On each instance of a "Corrective action per ... finding" call activity: at the start, the finding is in
 * correction and its details become the local variables the call hands to CorrectiveActionProcess; at the end of
 * the corrective action, the finding is closed (not when the instance is cancelled).
 */
@Component
class FindingCorrectionListener implements ExecutionListener {

    private final AuditFindings findings;

    FindingCorrectionListener(AuditFindings findings) {
        this.findings = findings;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long findingId = Long.parseLong(execution.getVariable(FINDING_ID).toString());
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

    private static void handOver(DelegateExecution execution, CertificationFinding finding) {
        execution.setVariableLocal(FINDING_SOURCE, finding.stage().source());
        execution.setVariableLocal(FINDING_DESCRIPTION, finding.description());
        execution.setVariableLocal(FINDING_GRADE, finding.grade().name());
        execution.setVariableLocal(FINDING_OWNER, finding.owner());
    }
}
