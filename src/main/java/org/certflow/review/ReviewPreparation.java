package org.certflow.review;

import java.util.Comparator;
import java.util.List;

import org.certflow.project.ProjectService;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.shared.ManagementReviewInput;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a management review with its inputs frozen, and keeps the project manager's preparation. */
@Service
public class ReviewPreparation {

    static final int MAX_NOTES = 4000;

    private final ManagementReviewRepository reviews;
    private final ObjectProvider<ManagementReviewInput> inputs;
    private final ProjectService projects;

    ReviewPreparation(ManagementReviewRepository reviews, ObjectProvider<ManagementReviewInput> inputs,
                      ProjectService projects) {
        this.reviews = reviews;
        this.inputs = inputs;
        this.projects = projects;
    }

    /**
     * Asks every feature's {@link ManagementReviewInput} for its facts about the project now, and keeps them as the
     * review's inputs: later changes in the features do not change what this review considered. The process
     * instance's first gathering opens its review; a review sent back gathers them again.
     */
    @Transactional
    public ManagementReview gather(long projectId, String processInstanceId) {
        List<InputSection> sections = inputs.stream()
                .sorted(Comparator.comparingInt(ManagementReviewInput::position))
                .map(input -> InputSection.of(input.title(), input.facts(projectId))).toList();
        ManagementReview review = reviews.findByProcessInstanceId(processInstanceId).map(sentBack -> {
            sentBack.regathered(EngineClock.now(), sections);
            return sentBack;
        }).orElseGet(() -> new ManagementReview(projectId, processInstanceId, EngineClock.now(), sections));
        return reviews.save(review);
    }

    /** The project manager's notes on one input section, while the review is in preparation. */
    @Transactional
    public ManagementReview saveNotes(long reviewId, int section, String notes, String username) {
        ManagementReview review = reviews.findById(reviewId).orElseThrow();
        if (!projects.get(review.projectId()).holders(Role.PROJECT_MANAGER).contains(username)) {
            throw new AccessDeniedException("Only the project manager prepares the management review.");
        }
        String text = notes == null || notes.isBlank() ? null : notes.strip();
        if (text != null && text.length() > MAX_NOTES) {
            throw new InvalidReviewEntryException(InvalidReviewEntryException.NOTES,
                    "Notes can have up to " + MAX_NOTES + " characters.");
        }
        review.notes(section, text);
        return reviews.save(review);
    }

    /** The completed preparation task: the review now awaits the executive's decisions. */
    @Transactional
    public void prepared(long reviewId, Preparation preparation) {
        ManagementReview review = reviews.findById(reviewId).orElseThrow();
        review.prepared(preparation);
        reviews.save(review);
    }
}
