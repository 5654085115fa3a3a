package org.certflow.incident;

import java.time.Duration;

/**
 * The deadlines of incident handling. Triage: within 4 hours for a proposed major or high incident, within a day
 * otherwise. Notification of interested parties: within 72 hours of the report, as GDPR article 33 asks of a
 * personal data breach and NIS2 article 23 of a significant incident; required for high and major incidents and
 * whenever personal data is affected. The other steps are due when their tasks in {@code IncidentProcess.bpmn} are
 * due ({@link IncidentDeadline}), and each corrective action on its own due day.
 */
public final class IncidentSla {

    static final Duration URGENT_TRIAGE = Duration.ofHours(4);
    static final Duration TRIAGE = Duration.ofHours(24);
    static final Duration NOTIFICATION = Duration.ofHours(72);

    private IncidentSla() {
    }

    static Duration triageWithin(Severity proposed) {
        return proposed.compareTo(Severity.HIGH) >= 0 ? URGENT_TRIAGE : TRIAGE;
    }

    static boolean notificationRequired(Severity severity, boolean personalData) {
        return personalData || severity.compareTo(Severity.HIGH) >= 0;
    }

    /** A deadline an incident missed (or is missing now), in the order of the handling. */
    public enum Breach {
        TRIAGE_LATE("Triage late"),
        CONTAINMENT_LATE("Containment late"),
        AI_ASSESSMENT_LATE("AI assessment late"),
        NOTIFICATION_LATE("Notification late"),
        ROOT_CAUSE_LATE("Root cause late"),
        PLANNING_LATE("Planning late"),
        CORRECTIVE_ACTION_LATE("Corrective action late"),
        CLOSURE_LATE("Closure late");

        private final String label;

        Breach(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
