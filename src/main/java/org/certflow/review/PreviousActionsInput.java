package org.certflow.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.certflow.security.People;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;
import org.certflow.shared.ManagementReviewInput;
import org.springframework.stereotype.Component;

/**
 * Clause 9.3.2 a: the status of the actions decided in earlier management reviews: every action still open, and
 * those done since the last review (those done before it were reported to it).
 */
@Component
class PreviousActionsInput implements ManagementReviewInput {

    private final ManagementReviews reviews;
    private final People people;

    PreviousActionsInput(ManagementReviews reviews, People people) {
        this.reviews = reviews;
        this.people = people;
    }

    @Override
    public String title() {
        return "Status of actions from previous management reviews";
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public List<String> facts(long projectId) {
        Instant lastReview = reviews.lastApproval(projectId).map(Approval::approvedAt).orElse(Instant.MIN);
        LocalDate today = EngineClock.today();
        return reviews.actionsOfCompletedReviews(projectId).stream()
                .filter(action -> !action.isDone() || action.actionDoneAt().isAfter(lastReview))
                .map(action -> action.decision() + " (" + action.topic().label() + "; "
                        + people.displayName(action.actionOwner()) + ", due " + Dates.day(action.actionDue())
                        + "): " + status(action, today))
                .toList();
    }

    private static String status(ReviewDecision action, LocalDate today) {
        if (action.isDone()) {
            return "done on " + Dates.day(action.actionDoneAt());
        }
        return action.isOverdue(today) ? "overdue" : "open";
    }
}
