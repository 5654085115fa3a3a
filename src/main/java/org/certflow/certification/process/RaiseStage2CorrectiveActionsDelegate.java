package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.CORRECTIVE_ACTION_PROCESS;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_ID;
import static org.certflow.certification.process.ProcessValues.auditId;
import static org.certflow.project.process.ProcessVariables.PROJECT_ID;
import static org.certflow.project.process.ProcessVariables.projectId;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.certification.AuditFindings;
import org.certflow.certification.AuditStage;
import org.springframework.stereotype.Component;

/**
 * "Raise Stage 2 nonconformities as corrective actions", once the certification body concluded (recommended or not):
 * each open Stage 2 nonconformity starts its own CorrectiveActionProcess, which the certificate does not wait for
 * (minor ones are verified at the first surveillance audit); the finding is closed when its action is found
 * effective. The Stage 2 observations were noted when Stage 2 was recorded.
 */
@Component
class RaiseStage2CorrectiveActionsDelegate implements JavaDelegate {

    private final AuditFindings findings;

    RaiseStage2CorrectiveActionsDelegate(AuditFindings findings) {
        this.findings = findings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        for (long findingId : findings.toCorrect(auditId(execution), AuditStage.STAGE_2)) {
            Map<String, Object> variables = CorrectionHandOver.of(findings.correctionStarted(findingId));
            variables.put(PROJECT_ID, projectId(execution));
            variables.put(FINDING_ID, findingId);
            WithoutEngineAuthorization.call(execution.getProcessEngineServices().getIdentityService(),
                    () -> runtime.startProcessInstanceByKey(CORRECTIVE_ACTION_PROCESS,
                            execution.getProcessBusinessKey(), variables));
        }
    }
}
