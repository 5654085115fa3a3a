package org.certflow.review;

import static org.certflow.review.InvalidReviewEntryException.DECISION;
import static org.certflow.review.InvalidReviewEntryException.DUE;
import static org.certflow.review.InvalidReviewEntryException.OWNER;
import static org.certflow.review.InvalidReviewEntryException.TOPIC;

import java.time.LocalDate;

import org.certflow.project.Project;
import org.certflow.project.ProjectMember;
import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The executive's decisions of a management review, its approval or return to preparation, and the follow-up of
 * the decided actions. Every decision and every action done is recorded with who and when.
 */
@Service
public class ReviewDecisions {

    static final int MAX_DECISION = 2000;

    private final ManagementReviewRepository reviews;
    private final ReviewDecisionRepository decisions;
    private final ProjectService projects;
    private final People people;

    ReviewDecisions(ManagementReviewRepository reviews, ReviewDecisionRepository decisions, ProjectService projects,
                    People people) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.projects = projects;
        this.people = people;
    }

    /** Records one decision of the review; only an executive of the project, while the review awaits decisions. */
    @Transactional
    public ReviewDecision record(long reviewId, NewDecision entry, String username) {
        ManagementReview review = awaitingDecision(reviewId, username);
        Project project = projects.get(review.projectId());
        if (entry.topic() == null) {
            throw new InvalidReviewEntryException(TOPIC, "Choose what the decision is about.");
        }
        if (entry.decision() == null || entry.decision().isBlank()) {
            throw new InvalidReviewEntryException(DECISION, "Say what was decided.");
        }
        if (entry.decision().strip().length() > MAX_DECISION) {
            throw new InvalidReviewEntryException(DECISION, "Up to " + MAX_DECISION + " characters, please.");
        }
        if (project.members().stream().map(ProjectMember::username).noneMatch(u -> u.equals(entry.actionOwner()))) {
            throw new InvalidReviewEntryException(OWNER, "Choose the owner of the action among the project's people.");
        }
        if (entry.actionDue() == null || entry.actionDue().isBefore(EngineClock.today())) {
            throw new InvalidReviewEntryException(DUE, "Give a due date from today on.");
        }
        return decisions.save(new ReviewDecision(review, entry, username, EngineClock.now()));
    }

    /** Takes back a decision recorded by mistake, before the review's decisions are approved. */
    @Transactional
    public void withdraw(long decisionId, String username) {
        ReviewDecision decision = decisions.findById(decisionId).orElseThrow();
        awaitingDecision(decision.managementReviewId(), username);
        decisions.delete(decision);
    }

    /**
     * The executive approves the review's decisions (the decision task completed with "approve"). Refused without
     * a decision, a conclusion, or a next review after this one.
     */
    @Transactional
    public void approve(long reviewId, String conclusion, LocalDate nextReviewDate, String approvedBy) {
        ManagementReview review = reviews.findById(reviewId).orElseThrow();
        if (decisions.findByManagementReviewOrderById(reviewId).isEmpty()) {
            throw new CompletionRefusedException("Record at least one decision (continual improvement, changes to "
                    + "the management system or resources) before you approve the review.");
        }
        if (conclusion == null || conclusion.isBlank()) {
            throw new CompletionRefusedException("Give your conclusion on the management system's suitability, "
                    + "adequacy and effectiveness.");
        }
        LocalDate reviewDate = review.preparation().map(Preparation::reviewDate).orElse(EngineClock.today());
        if (nextReviewDate == null || !nextReviewDate.isAfter(reviewDate)) {
            throw new CompletionRefusedException("The next management review must come after this one ("
                    + Dates.day(reviewDate) + ").");
        }
        review.approved(new Approval(conclusion.strip(), nextReviewDate, approvedBy, EngineClock.now()));
        reviews.save(review);
    }

    /** The executive sent the review back, saying why: its inputs are gathered again and it is prepared anew. */
    @Transactional
    public void sendBack(long reviewId, String reason, String sentBackBy) {
        if (reason == null || reason.isBlank()) {
            throw new CompletionRefusedException("Give a reason: the project manager needs to know what is missing.");
        }
        ManagementReview review = reviews.findById(reviewId).orElseThrow();
        review.sentBack(new SendBack(reason.strip(), sentBackBy, EngineClock.now()));
        reviews.save(review);
    }

    /** The action's owner or the project manager says the action of an approved review is done. */
    @Transactional
    public ReviewDecision actionDone(long decisionId, String username) {
        ReviewDecision decision = decisions.findById(decisionId).orElseThrow();
        if (!mayMarkDone(decision, username)) {
            throw new AccessDeniedException("Only the action's owner or the project manager marks it done.");
        }
        if (!reviews.findById(decision.managementReviewId()).orElseThrow().isCompleted()) {
            throw new IllegalStateException("Actions are followed up once the review's decisions are approved.");
        }
        if (decision.isDone()) {
            throw new IllegalStateException(people.displayName(decision.actionDoneBy()) + " marked this action done on "
                    + Dates.moment(decision.actionDoneAt()) + ".");
        }
        decision.done(username, EngineClock.now());
        return decisions.save(decision);
    }

    @Transactional(readOnly = true)
    public boolean mayMarkDone(ReviewDecision decision, String username) {
        return username.equals(decision.actionOwner())
                || projects.get(decision.projectId()).holders(Role.PROJECT_MANAGER).contains(username);
    }

    private ManagementReview awaitingDecision(long reviewId, String username) {
        ManagementReview review = reviews.findById(reviewId).orElseThrow();
        if (!projects.get(review.projectId()).holders(Role.EXECUTIVE).contains(username)) {
            throw new AccessDeniedException("Only the project's executive records management-review decisions.");
        }
        if (review.status() != ReviewStatus.AWAITING_DECISION) {
            throw new IllegalStateException("Decisions are recorded while the review awaits them.");
        }
        return review;
    }
}
