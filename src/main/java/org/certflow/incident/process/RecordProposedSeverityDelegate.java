package org.certflow.incident.process;

import static org.certflow.incident.process.IncidentVariables.PROPOSED_SEVERITY;
import static org.certflow.incident.process.IncidentVariables.TRIAGE_DUE_DATE;
import static org.certflow.incident.process.IncidentVariables.incidentId;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.incident.IncidentHandling;
import org.certflow.incident.Severity;
import org.springframework.stereotype.Component;

/** {@code Task_RecordProposedSeverity}: keeps the severity table's proposal and sets the triage deadline from it. */
@Component
class RecordProposedSeverityDelegate implements JavaDelegate {

    private final IncidentHandling handling;

    RecordProposedSeverityDelegate(IncidentHandling handling) {
        this.handling = handling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Severity proposed = Severity.ofCode((String) execution.getVariable(PROPOSED_SEVERITY));
        Instant triageDue = handling.severityProposed(incidentId(execution), proposed);
        execution.setVariable(TRIAGE_DUE_DATE, Date.from(triageDue));
    }
}
