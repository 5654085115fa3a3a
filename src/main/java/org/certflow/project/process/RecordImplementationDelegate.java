package org.certflow.project.process;

import static org.certflow.project.process.ControlImplementationVariables.EVIDENCE_REFERENCE;
import static org.certflow.project.process.ControlImplementationVariables.IMPLEMENTATION_NOTES;
import static org.certflow.project.process.ProcessVariables.CONTROL_KEY;
import static org.certflow.project.process.ProcessVariables.projectId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.project.StatementOfApplicability;
import org.springframework.stereotype.Component;

/** "Record implementation in the SoA" (ControlImplementationProcess): the owner's notes and evidence, now in review. */
@Component
class RecordImplementationDelegate implements JavaDelegate {

    private final StatementOfApplicability soa;

    RecordImplementationDelegate(StatementOfApplicability soa) {
        this.soa = soa;
    }

    @Override
    public void execute(DelegateExecution execution) {
        soa.submitImplementation(projectId(execution), (String) execution.getVariable(CONTROL_KEY),
                (String) execution.getVariable(IMPLEMENTATION_NOTES),
                (String) execution.getVariable(EVIDENCE_REFERENCE));
    }
}
