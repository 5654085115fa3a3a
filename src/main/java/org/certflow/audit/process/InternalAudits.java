package org.certflow.audit.process;

import static org.certflow.audit.process.InternalAuditVariables.AUDITOR;
import static org.certflow.audit.process.InternalAuditVariables.AUDIT_DUE_AT;
import static org.certflow.audit.process.InternalAuditVariables.AUDIT_ID;
import static org.certflow.audit.process.InternalAuditVariables.AUDIT_TITLE;
import static org.certflow.audit.process.InternalAuditVariables.PROCESS_KEY;
import static org.certflow.audit.process.InternalAuditVariables.PROJECT_ID;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.certflow.audit.Audit;
import org.springframework.stereotype.Component;

/**
 * InternalAuditProcess from the outside: started for each audit planned on the programme page, or called by the
 * audit and certification phase with the same variables (its task goes to the auditor, due on the planned day);
 * and the audit a task of it is about.
 */
@Component
public class InternalAudits {

    private final RuntimeService runtime;
    private final TaskService tasks;

    InternalAudits(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Starts the audit's process on its own, for an audit planned on the programme page. */
    public void start(Audit audit) {
        runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(audit.projectId()), variables(audit));
    }

    /** What InternalAuditProcess starts with, however it is started. */
    static Map<String, Object> variables(Audit audit) {
        return Map.of(PROJECT_ID, audit.projectId(), AUDIT_ID, audit.id(), AUDIT_TITLE, audit.title(),
                AUDITOR, audit.auditor(), AUDIT_DUE_AT, EndOfDay.of(audit.plannedDate()));
    }

    /** The audit an open task of InternalAuditProcess is about; empty for any other task. */
    public Optional<Long> auditOf(String taskId) {
        return tasks.getVariable(taskId, AUDIT_ID) instanceof Number auditId ? Optional.of(auditId.longValue())
                : Optional.empty();
    }
}
