package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.CERTIFICATION_AUDIT_ID;
import static org.certflow.certification.process.CertificationAuditVariables.READY_FOR_STAGE_1;
import static org.certflow.project.process.ProcessVariables.projectId;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.certflow.certification.CertificationAudits;
import org.certflow.certification.Readiness;
import org.springframework.stereotype.Component;

/**
 * "Check readiness for Stage 1": opens the project's audit cycle on the first round, then runs every readiness
 * check of every feature and keeps the report; the process continues only when all of them passed. As the complete
 * listener of "Review readiness for Stage 1" it checks again, so the gateway decides on the records as they are
 * when the project manager completes the review (a major nonconformity raised meanwhile holds Stage 1 back), not
 * as they were when the review started.
 */
@Component
class CheckReadinessDelegate implements JavaDelegate, TaskListener {

    private final Readiness readiness;
    private final CertificationAudits audits;

    CheckReadinessDelegate(Readiness readiness, CertificationAudits audits) {
        this.readiness = readiness;
        this.audits = audits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(CERTIFICATION_AUDIT_ID, audits.open(projectId(execution)).id());
        check(execution, execution.getProcessEngineServices().getIdentityService());
    }

    @Override
    public void notify(DelegateTask task) {
        check(task, task.getProcessEngineServices().getIdentityService());
    }

    private void check(VariableScope process, IdentityService identity) {
        long projectId = projectId(process);
        boolean ready = WithoutEngineAuthorization.call(identity, () -> readiness.check(projectId)).isReady();
        process.setVariable(READY_FOR_STAGE_1, ready);
    }
}
