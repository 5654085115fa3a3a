package org.certflow.project.process;

import static org.certflow.project.process.ControlImplementationVariables.REVIEW;
import static org.certflow.project.process.ProcessVariables.APPROVE;
import static org.certflow.project.process.ProcessVariables.CONTROL_KEY;
import static org.certflow.project.process.ProcessVariables.projectId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.project.StatementOfApplicability;
import org.springframework.stereotype.Component;

/** "Record review in the SoA" (ControlImplementationProcess): accepted means implemented, returned starts over. */
@Component
class RecordImplementationReviewDelegate implements JavaDelegate {

    private final StatementOfApplicability soa;

    RecordImplementationReviewDelegate(StatementOfApplicability soa) {
        this.soa = soa;
    }

    @Override
    public void execute(DelegateExecution execution) {
        soa.reviewImplementation(projectId(execution), (String) execution.getVariable(CONTROL_KEY),
                APPROVE.equals(execution.getVariable(REVIEW.decision())));
    }
}
