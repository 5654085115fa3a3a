package org.certflow.audit.process;

import static org.certflow.audit.process.CorrectiveActionVariables.FINDING_TITLE;
import static org.certflow.audit.process.InternalAuditVariables.AUDIT_TITLE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names a task of the audit processes after what it is about ("Check effectiveness: F-12 minor nonconformity,
 * Clause 9.2.2"; "Carry out internal audit: AI management system, full audit"), so a task list with several audits
 * and findings says which each task is, and so do the decisions taken in them.
 */
@Component
class AuditTaskNames implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object subject = task.hasVariable(FINDING_TITLE) ? task.getVariable(FINDING_TITLE)
                : task.getVariable(AUDIT_TITLE);
        if (subject != null) {
            task.setName(task.getName() + ": " + subject);
        }
    }
}
