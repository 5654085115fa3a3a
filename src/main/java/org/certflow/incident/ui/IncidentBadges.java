package org.certflow.incident.ui;

import org.certflow.catalog.ui.Badge;
import org.certflow.incident.CorrectiveActionStatus;
import org.certflow.incident.IncidentSla;
import org.certflow.incident.IncidentStatus;
import org.certflow.incident.Severity;

/** The badges of the incident pages, one colour per meaning. */
final class IncidentBadges {

    private IncidentBadges() {
    }

    static Badge severity(Severity severity) {
        return new Badge(severity.label(), switch (severity) {
            case LOW -> "neutral";
            case MEDIUM -> "info";
            case HIGH -> "warning";
            case MAJOR -> "error";
        });
    }

    static Badge status(IncidentStatus status) {
        return new Badge(status.label(), switch (status) {
            case REPORTED -> "warning";
            case CLOSED -> "success";
            default -> "info";
        });
    }

    static Badge breach(IncidentSla.Breach breach) {
        return new Badge(breach.label(), "error");
    }

    static Badge action(CorrectiveActionStatus status, boolean overdue) {
        if (overdue) {
            return new Badge("Overdue", "error");
        }
        return new Badge(status.label(), status == CorrectiveActionStatus.DONE ? "success" : "info");
    }
}
