package org.certflow.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.security.People;
import org.certflow.shared.Dates;
import org.certflow.shared.ManagementReviewInput;
import org.springframework.stereotype.Component;

/**
 * The decisions taken in the project since the last management review (policy approvals, phase gates, reviews of
 * control implementations): each with who took it, when and why; a task that decided on many items (one review
 * per control) is summarised in one line with its outcomes counted.
 */
@Component
class ProjectDecisionsInput implements ManagementReviewInput {

    private final Decisions decisions;
    private final ManagementReviews reviews;
    private final People people;

    ProjectDecisionsInput(Decisions decisions, ManagementReviews reviews, People people) {
        this.decisions = decisions;
        this.reviews = reviews;
        this.people = people;
    }

    @Override
    public String title() {
        return "Decisions taken in the project since the last management review";
    }

    @Override
    public int position() {
        return 80;
    }

    @Override
    public List<String> facts(long projectId) {
        Instant since = reviews.lastApproval(projectId).map(Approval::approvedAt).orElse(Instant.MIN);
        Map<String, List<Decision>> byTask = decisions.of(projectId).stream()
                .filter(d -> d.decidedAt().isAfter(since))
                .collect(Collectors.groupingBy(Decision::taskId, LinkedHashMap::new, Collectors.toList()));
        return byTask.entrySet().stream().flatMap(task -> aboutManyItems(task.getValue())
                ? List.of(summary(task.getKey(), task.getValue())).stream()
                : task.getValue().stream().map(this::fact)).toList();
    }

    /** Decisions of one task on different subjects, e.g. one review per control. */
    private static boolean aboutManyItems(List<Decision> decisions) {
        return decisions.stream().map(Decision::subject).distinct().count() > 1;
    }

    /** E.g. "4 Mar 2027: Approve AI policy: rejected by Eva Eriksen (the scope is missing)". */
    private String fact(Decision decision) {
        return Dates.day(decision.decidedAt()) + ": " + decision.subject() + ": " + done(decision.outcome())
                + " by " + people.displayName(decision.decidedBy())
                + (decision.reason() == null ? "" : " (" + decision.reason() + ")");
    }

    /** E.g. "18 Sep 2026 to 20 Sep 2026: Review control implementation, 38 decisions: 37 approved, 1 sent back". */
    private static String summary(String taskId, List<Decision> decisions) {
        String task = taskId.replaceFirst("^Task_", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        Map<String, Long> outcomes = decisions.stream()
                .collect(Collectors.groupingBy(d -> done(d.outcome()), TreeMap::new, Collectors.counting()));
        String first = Dates.day(decisions.get(0).decidedAt());
        String last = Dates.day(decisions.get(decisions.size() - 1).decidedAt());
        return (first.equals(last) ? first : first + " to " + last) + ": "
                + task.charAt(0) + task.substring(1).toLowerCase() + ", " + decisions.size() + " decisions: "
                + outcomes.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", "));
    }

    /** The processes' outcome values as past participles: "approve" is "approved", "sendBack" "sent back". */
    private static String done(String outcome) {
        return switch (outcome) {
            case "approve" -> "approved";
            case "reject" -> "rejected";
            case "sendBack" -> "sent back";
            default -> outcome.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        };
    }
}
