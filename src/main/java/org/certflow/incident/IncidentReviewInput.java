package org.certflow.incident;

import static org.certflow.project.process.ProcessVariables.APPROVE;
import static org.certflow.shared.Dates.day;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.shared.EngineClock;
import org.certflow.shared.ManagementReviewInput;
import org.springframework.stereotype.Component;

/**
 * The incidents section of a management review (clause 9.3.2 c, e.g. nonconformities, monitoring results, and
 * 42001's AI incidents): what was reported since the last review by severity, what is still open, missed deadlines,
 * overdue corrective actions and the lessons learned. The last review is the last approved management review
 * decision of the project; before the first one, everything since the project started counts.
 */
@Component
class IncidentReviewInput implements ManagementReviewInput {

    /** The executive's decision task of a management review, as recorded by the decision recorder. */
    static final String MANAGEMENT_REVIEW_DECISION = "Task_DecideManagementReview";

    private final Incidents incidents;
    private final IncidentActions actions;
    private final Decisions decisions;

    IncidentReviewInput(Incidents incidents, IncidentActions actions, Decisions decisions) {
        this.incidents = incidents;
        this.actions = actions;
        this.decisions = decisions;
    }

    @Override
    public String title() {
        return "Incidents since the last review";
    }

    @Override
    public int position() {
        return 50;
    }

    @Override
    public List<String> facts(long projectId) {
        Optional<Instant> lastReview = decisions.of(projectId).stream()
                .filter(d -> MANAGEMENT_REVIEW_DECISION.equals(d.taskId()) && APPROVE.equals(d.outcome()))
                .map(Decision::decidedAt).max(Comparator.naturalOrder());
        Predicate<Instant> sinceLastReview = at -> lastReview.map(at::isAfter).orElse(true);
        List<Incident> all = incidents.of(projectId);
        List<Incident> reported = all.stream().filter(i -> sinceLastReview.test(i.reportedAt())).toList();
        List<Incident> open = all.stream().filter(Incident::isOpen).toList();
        Instant now = EngineClock.now();

        List<String> facts = new ArrayList<>();
        String period = lastReview.map(at -> "since the last management review (" + day(at) + ")")
                .orElse("since the project started");
        facts.add(reported.isEmpty() ? "No incidents reported " + period + "."
                : reported.size() + (reported.size() == 1 ? " incident" : " incidents") + " reported " + period
                        + ": " + bySeverity(reported) + ".");
        facts.add(open.isEmpty() ? "No incident is open." : "Open: " + open.stream()
                .map(i -> "\"" + i.summary() + "\" (" + i.severity().label() + ", " + i.status().label() + ")")
                .collect(Collectors.joining("; ")) + ".");
        long triageLate = count(reported, i -> i.breaches(now).contains(IncidentSla.Breach.TRIAGE_LATE));
        long notificationLate = count(reported, i -> i.breaches(now).contains(IncidentSla.Breach.NOTIFICATION_LATE));
        facts.add(triageLate + notificationLate == 0 ? "Every triage and notification met its deadline."
                : "Deadlines missed: triage late for " + triageLate + ", notification late for " + notificationLate
                        + ".");
        long overdueActions = all.stream().mapToLong(i -> actions.overdue(i.id()).size()).sum();
        if (overdueActions > 0) {
            facts.add(overdueActions + " corrective " + (overdueActions == 1 ? "action is" : "actions are")
                    + " overdue.");
        }
        all.stream().filter(i -> !i.isOpen() && i.lastTime(IncidentEvent.CLOSED).filter(sinceLastReview).isPresent())
                .forEach(i -> facts.add("Lessons learned from \"" + i.summary() + "\": " + i.lessonsLearned()));
        return facts;
    }

    private static String bySeverity(List<Incident> incidents) {
        return Arrays.stream(Severity.values()).sorted(Comparator.reverseOrder()).map(s -> count(incidents, i -> i.severity() == s) + " " + s.label().toLowerCase())
                .collect(Collectors.joining(", "));
    }

    private static long count(List<Incident> incidents, Predicate<Incident> which) {
        return incidents.stream().filter(which).count();
    }

}
