package org.certflow.audit.ui;

import java.util.Optional;

import org.certflow.audit.AuditExecution;
import org.certflow.audit.AuditProgramme;
import org.certflow.audit.Findings;
import org.certflow.audit.process.InternalAudits;
import org.certflow.security.People;
import org.certflow.shared.ui.TaskContextProvider;
import org.certflow.shared.ui.TaskRef;
import org.springframework.stereotype.Component;

/** The audit panel on the auditor's task "Carry out internal audit", where results and findings are recorded. */
@Component
class AuditExecutionContext implements TaskContextProvider {

    private final InternalAudits internalAudits;
    private final AuditProgramme programme;
    private final AuditExecution execution;
    private final Findings findings;
    private final People people;

    AuditExecutionContext(InternalAudits internalAudits, AuditProgramme programme, AuditExecution execution,
                          Findings findings, People people) {
        this.internalAudits = internalAudits;
        this.programme = programme;
        this.execution = execution;
        this.findings = findings;
        this.people = people;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> contextFor(TaskRef task) {
        if (!"Task_CarryOutAudit".equals(task.taskDefinitionKey())) {
            return Optional.empty();
        }
        return internalAudits.auditOf(task.taskId()).flatMap(programme::find).map(audit ->
                new AuditExecutionPanel(audit, programme, execution, findings, people, task.username()));
    }
}
