package org.certflow.review;

import java.time.Instant;
import java.util.List;

import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.security.People;
import org.certflow.shared.ManagementReviewInput;
import org.springframework.stereotype.Component;

/**
 * The decisions taken in the project since the last management review (policy approvals, phase gates, reviews of
 * control implementations): who decided what, when, and why when it was not an approval.
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
        return decisions.of(projectId).stream().filter(d -> d.decidedAt().isAfter(since)).map(this::fact).toList();
    }

    /** E.g. "4 Mar 2027: Approve AI policy: send back by Eva Eriksen (the scope is missing)". */
    private String fact(Decision decision) {
        String outcome = decision.outcome().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return ReviewFormat.day(decision.decidedAt()) + ": " + decision.subject() + ": " + outcome + " by "
                + people.displayName(decision.decidedBy())
                + (decision.reason() == null ? "" : " (" + decision.reason() + ")");
    }
}
