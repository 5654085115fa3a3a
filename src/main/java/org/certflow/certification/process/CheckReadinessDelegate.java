package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.CERTIFICATION_AUDIT_ID;
import static org.certflow.certification.process.CertificationAuditVariables.READY_FOR_STAGE_1;
import static org.certflow.project.process.ProcessVariables.projectId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.certification.CertificationAudits;
import org.certflow.certification.Readiness;
import org.springframework.stereotype.Component;

/**
 * "Check readiness for Stage 1": opens the project's audit cycle on the first round, then runs every readiness
 * check of every feature and keeps the report; the process continues only when all of them passed.
 */
@Component
class CheckReadinessDelegate implements JavaDelegate {

    private final Readiness readiness;
    private final CertificationAudits audits;

    CheckReadinessDelegate(Readiness readiness, CertificationAudits audits) {
        this.readiness = readiness;
        this.audits = audits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long projectId = projectId(execution);
        execution.setVariable(CERTIFICATION_AUDIT_ID, audits.open(projectId).id());
        boolean ready = WithoutEngineAuthorization.call(execution.getProcessEngineServices().getIdentityService(),
                () -> readiness.check(projectId)).isReady();
        execution.setVariable(READY_FOR_STAGE_1, ready);
    }
}
