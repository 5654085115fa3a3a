package org.certflow.audit.process;

import static org.certflow.audit.process.InternalAuditVariables.AUDIT_CONCLUSION;
import static org.certflow.audit.process.InternalAuditVariables.AUDIT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.audit.AuditExecution;
import org.springframework.stereotype.Component;

/**
 * "Record the audit completed" (InternalAuditProcess), right after the auditor's task in the same transaction: if
 * the audit is not complete (a requirement without result, a nonconforming one without its finding) the task is not
 * either.
 */
@Component
class RecordAuditCompletionDelegate implements JavaDelegate {

    private final AuditExecution execution;

    RecordAuditCompletionDelegate(AuditExecution execution) {
        this.execution = execution;
    }

    @Override
    public void execute(DelegateExecution process) {
        execution.complete(((Number) process.getVariable(AUDIT_ID)).longValue(),
                (String) process.getVariable(AUDIT_CONCLUSION));
    }
}
