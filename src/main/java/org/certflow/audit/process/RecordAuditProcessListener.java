package org.certflow.audit.process;

import static org.certflow.audit.process.InternalAuditVariables.AUDIT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.certflow.audit.AuditProgramme;
import org.springframework.stereotype.Component;

/**
 * Start of InternalAuditProcess: the audit records the instance that carries it out, whether the programme page
 * started it or the audit and certification phase called it.
 */
@Component
class RecordAuditProcessListener implements ExecutionListener {

    private final AuditProgramme programme;

    RecordAuditProcessListener(AuditProgramme programme) {
        this.programme = programme;
    }

    @Override
    public void notify(DelegateExecution execution) {
        programme.processStarted(((Number) execution.getVariable(AUDIT_ID)).longValue(),
                execution.getProcessInstanceId());
    }
}
