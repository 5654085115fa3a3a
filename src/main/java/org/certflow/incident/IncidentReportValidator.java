package org.certflow.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/** Checks an incident report field by field, so the report form can put each message next to its field. */
@Component
class IncidentReportValidator {

    static final int MAX_SUMMARY = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_SYSTEMS = 1000;
    /** Clocks of browser and server may differ a little; a time further ahead is a typing mistake. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    /** Field name of {@link IncidentReport} to message, in form order; empty when the report is complete. */
    Map<String, String> errors(IncidentReport report) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (report.projectId() == null) {
            errors.put("project", "Choose the project the incident belongs to.");
        }
        text(errors, "summary", report.summary(), "Say in one line what happened.", MAX_SUMMARY);
        text(errors, "description", report.description(),
                "Describe what happened: what you saw, what was affected, what you did so far.", MAX_DESCRIPTION);
        occurredAt(errors, report.occurredAt());
        if (report.systems().isEmpty()) {
            errors.put("affectedSystems", "Name at least one system or AI system involved.");
        } else if (report.affectedSystems().trim().length() > MAX_SYSTEMS) {
            errors.put("affectedSystems", "At most " + MAX_SYSTEMS + " characters, please.");
        }
        impact(errors, "confidentiality", report.confidentiality(), "confidentiality");
        impact(errors, "integrity", report.integrity(), "integrity");
        impact(errors, "availability", report.availability(), "availability");
        if (report.involvesAi()) {
            impact(errors, "harmToPeople", report.harmToPeople(), "people (harm from the AI system)");
        }
        return errors;
    }

    private static void text(Map<String, String> errors, String field, String value, String missing, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
        } else if (value.trim().length() > max) {
            errors.put(field, "At most " + max + " characters, please.");
        }
    }

    private static void occurredAt(Map<String, String> errors, Instant occurredAt) {
        if (occurredAt == null) {
            errors.put("occurredAt", "When did it happen (or when was it noticed)? Give a date and a time.");
        } else if (occurredAt.isAfter(EngineClock.now().plus(CLOCK_TOLERANCE))) {
            errors.put("occurredAt", "This is in the future: when did it happen?");
        }
    }

    private static void impact(Map<String, String> errors, String field, Impact impact, String aspect) {
        if (impact == null) {
            errors.put(field, "Choose the impact on " + aspect + " (None if it is not affected).");
        }
    }
}
