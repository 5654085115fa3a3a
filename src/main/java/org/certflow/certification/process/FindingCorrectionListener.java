package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.FINDING_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.certflow.certification.AuditFindings;
import org.springframework.stereotype.Component;

/**
 * At the start of each instance of a "Corrective action per ... finding" call activity: the finding is in correction,
 * and what CorrectiveActionProcess starts with (title, owner, verifier, due date, ...) becomes the local variables
 * the call hands over. The finding is closed when its action is found effective ({@link AuditFindings#progress}).
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
        execution.setVariablesLocal(CorrectionHandOver.of(findings.correctionStarted(findingId)));
    }
}
