package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.CERTIFICATION_OUTCOME;
import static org.certflow.certification.process.CertificationAuditVariables.NOT_CERTIFIED;
import static org.certflow.certification.process.ProcessValues.auditId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.certification.CertificationAudits;
import org.springframework.stereotype.Component;

/** "Record not certified in the project": the certification body did not recommend certification after Stage 2. */
@Component
class RecordNotCertifiedDelegate implements JavaDelegate {

    private final CertificationAudits audits;

    RecordNotCertifiedDelegate(CertificationAudits audits) {
        this.audits = audits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        audits.notCertified(auditId(execution));
        execution.setVariable(CERTIFICATION_OUTCOME, NOT_CERTIFIED);
    }
}
