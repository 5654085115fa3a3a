package org.certflow.incident;

import java.util.Optional;

/** What can happen to an incident, as its timeline shows it; some events move it to a new status. */
public enum IncidentEvent {
    REPORTED("Reported", IncidentStatus.REPORTED),
    SEVERITY_PROPOSED("Severity proposed by the severity table", null),
    TRIAGED("Triaged", IncidentStatus.TRIAGED),
    RISK_REVIEW_REQUESTED("Major incident: review of the affected risks requested", null),
    CONTAINED("Contained", IncidentStatus.CONTAINED),
    AI_SYSTEM_ASSESSED("AI system assessed", null),
    NOTIFIED("Interested parties notified", IncidentStatus.NOTIFIED),
    NOTIFICATION_DEADLINE_MISSED("Notification deadline missed: escalated to the project manager", null),
    NOTIFICATION_ESCALATION_HANDLED("Missed notification handled by the project manager", null),
    INVESTIGATED("Root cause found", IncidentStatus.INVESTIGATED),
    CORRECTIVE_ACTIONS_PLANNED("Corrective actions planned", IncidentStatus.CORRECTIVE_ACTIONS),
    CORRECTIVE_ACTION_DONE("Corrective action done", null),
    REOPENED("Reopened: investigate again", null),
    CLOSED("Closed", IncidentStatus.CLOSED);

    private final String label;
    private final IncidentStatus status;

    IncidentEvent(String label, IncidentStatus status) {
        this.label = label;
        this.status = status;
    }

    public String label() {
        return label;
    }

    /** The status the incident reaches with this event, if it reaches one. */
    public Optional<IncidentStatus> status() {
        return Optional.ofNullable(status);
    }
}
