package org.certflow.audit.process;

import static org.certflow.project.process.ProcessVariables.PHASE_DUE_DATE;
import static org.certflow.project.process.ProcessVariables.projectId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.audit.Audit;
import org.certflow.audit.AuditProgramme;
import org.springframework.stereotype.Component;

/**
 * "Plan the full internal audit" (AuditAndCertificationProcess): the audit programme plans the audit before Stage 1
 * (see {@link AuditProgramme#planFullAudit}) by the phase's due day, and the phase gets InternalAuditProcess's start
 * variables for the call activity that carries it out.
 */
@Component
class PlanInternalAuditDelegate implements JavaDelegate {

    private final AuditProgramme programme;

    PlanInternalAuditDelegate(AuditProgramme programme) {
        this.programme = programme;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date phaseDue = (Date) execution.getVariable(PHASE_DUE_DATE);
        Audit audit = programme.planFullAudit(projectId(execution),
                LocalDate.ofInstant(phaseDue.toInstant(), ZoneId.systemDefault()));
        execution.setVariables(InternalAudits.variables(audit));
    }
}
