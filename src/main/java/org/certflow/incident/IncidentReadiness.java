package org.certflow.incident;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.certflow.shared.EngineClock;
import org.certflow.shared.ReadinessCheck;
import org.springframework.stereotype.Component;

/**
 * Stage 1 readiness from the incidents (ISO 27001 A.5.26, GDPR article 33): no major incident may be open without
 * containment, and no notification of interested parties may be overdue.
 */
@Component
class IncidentReadiness implements ReadinessCheck {

    private final Incidents incidents;

    IncidentReadiness(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public List<Result> check(long projectId) {
        List<Incident> open = incidents.of(projectId).stream().filter(Incident::isOpen).toList();
        Instant now = EngineClock.now();
        return List.of(
                result("No major incident open without containment", open,
                        i -> i.severity() == Severity.MAJOR && i.lastTime(IncidentEvent.CONTAINED).isEmpty(),
                        "No major incident is open without containment.", "Not contained yet: "),
                result("No notification of interested parties overdue", open,
                        i -> i.breaches(now).contains(IncidentSla.Breach.NOTIFICATION_LATE)
                                && i.lastTime(IncidentEvent.NOTIFIED).isEmpty(),
                        "Every notification required so far went out.", "Overdue notification: "));
    }

    private static Result result(String requirement, List<Incident> open, Predicate<Incident> failing,
                                 String passed, String failedPrefix) {
        List<Incident> failed = open.stream().filter(failing).toList();
        return failed.isEmpty() ? new Result(requirement, true, passed)
                : new Result(requirement, false, failedPrefix + failed.stream().map(i -> "\"" + i.summary() + "\"")
                        .collect(Collectors.joining(", ")) + ".");
    }
}
