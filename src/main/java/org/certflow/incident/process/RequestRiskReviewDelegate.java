package org.certflow.incident.process;

import static org.certflow.incident.process.IncidentVariables.incidentId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.incident.IncidentHandling;
import org.springframework.stereotype.Component;

/** {@code Task_RequestRiskReview}: a major incident starts the review of the affected risks at once. */
@Component
class RequestRiskReviewDelegate implements JavaDelegate {

    private final IncidentHandling handling;

    RequestRiskReviewDelegate(IncidentHandling handling) {
        this.handling = handling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        handling.requestRiskReview(incidentId(execution));
    }
}
