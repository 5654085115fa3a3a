package org.certflow.incident.process;

import static org.certflow.incident.process.IncidentVariables.incidentId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.incident.IncidentEvent;
import org.certflow.incident.IncidentHandling;
import org.springframework.stereotype.Component;

/** {@code Task_RecordMissedNotificationDeadline}: marks the breach on the incident's timeline before escalating. */
@Component
class RecordMissedNotificationDeadlineDelegate implements JavaDelegate {

    private final IncidentHandling handling;

    RecordMissedNotificationDeadlineDelegate(IncidentHandling handling) {
        this.handling = handling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        handling.record(incidentId(execution), IncidentEvent.NOTIFICATION_DEADLINE_MISSED, null, null);
    }
}
