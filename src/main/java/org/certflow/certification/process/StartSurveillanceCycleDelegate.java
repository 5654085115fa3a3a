package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.CERTIFICATE_ISSUED;
import static org.certflow.certification.process.CertificationAuditVariables.CERTIFICATION_AUDIT_ID;
import static org.certflow.certification.process.ProcessValues.auditId;
import static org.certflow.project.process.ProcessVariables.PROJECT_ID;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.certification.CertificationAudit;
import org.certflow.certification.CertificationAudits;
import org.springframework.stereotype.Component;

/**
 * "Certificate issued" (message end event): starts the certificate's surveillance cycle as its own instance of
 * CertificationAuditProcess (message start event), so the preparation, and a certification project calling it,
 * end at the certificate instead of waiting three years.
 */
@Component
class StartSurveillanceCycleDelegate implements JavaDelegate {

    private final CertificationAudits audits;

    StartSurveillanceCycleDelegate(CertificationAudits audits) {
        this.audits = audits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CertificationAudit audit = audits.get(auditId(execution));
        Map<String, Object> variables = SurveillanceSchedule.of(audit);
        variables.put(PROJECT_ID, audit.projectId());
        variables.put(CERTIFICATION_AUDIT_ID, audit.id());
        WithoutEngineAuthorization.call(execution.getProcessEngineServices().getIdentityService(),
                () -> execution.getProcessEngineServices().getRuntimeService()
                        .startProcessInstanceByMessage(CERTIFICATE_ISSUED, execution.getProcessBusinessKey(),
                                variables));
    }
}
