package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.CERTIFICATE_EXPIRY_DATE;
import static org.certflow.certification.process.CertificationAuditVariables.CERTIFICATE_ISSUE_DATE;
import static org.certflow.certification.process.CertificationAuditVariables.CERTIFICATE_NUMBER;
import static org.certflow.certification.process.CertificationAuditVariables.CERTIFICATION_OUTCOME;
import static org.certflow.certification.process.CertificationAuditVariables.CERTIFIED;
import static org.certflow.certification.process.ProcessValues.auditId;
import static org.certflow.certification.process.ProcessValues.refusing;
import static org.certflow.shared.CompletingTask.date;
import static org.certflow.shared.CompletingTask.text;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.certification.Certificate;
import org.certflow.certification.CertificationAudits;
import org.springframework.stereotype.Component;

/**
 * "Record certificate in the project": the certificate as the project manager entered it, valid three years, in
 * the audit cycle and the project. It runs in the transaction of that task's completion, so a certificate without
 * its number or with an issue date in the future refuses the completion. Sets the process's out variables.
 */
@Component
class IssueCertificateDelegate implements JavaDelegate {

    private final CertificationAudits audits;

    IssueCertificateDelegate(CertificationAudits audits) {
        this.audits = audits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate issuedOn = date(execution, CERTIFICATE_ISSUE_DATE, "the certificate's issue date");
        Certificate certificate = refusing(() -> audits.certificateIssued(auditId(execution),
                text(execution, CERTIFICATE_NUMBER), issuedOn)).certificate().orElseThrow();
        execution.setVariable(CERTIFICATION_OUTCOME, CERTIFIED);
        execution.setVariable(CERTIFICATE_NUMBER, certificate.number());
        execution.setVariable(CERTIFICATE_ISSUE_DATE, certificate.issuedOn().toString());
        execution.setVariable(CERTIFICATE_EXPIRY_DATE, certificate.expiresOn().toString());
    }
}
