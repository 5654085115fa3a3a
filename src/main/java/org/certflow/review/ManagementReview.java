package org.certflow.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One management review of a project's management system: its inputs as gathered on the day, the project
 * manager's preparation and the executive's approval. The decisions are {@link ReviewDecision}s of their own,
 * as each is an action followed up after the review.
 */
@Table("management_review")
public class ManagementReview {

    @Id
    private Long id;
    private Long projectId;
    private String processInstanceId;
    private ReviewStatus status;
    private Instant inputsGatheredAt;
    @MappedCollection(idColumn = "management_review", keyColumn = "section_index")
    private List<InputSection> inputs = new ArrayList<>();
    @Embedded.Nullable
    private Preparation preparation;
    @Embedded.Nullable
    private Approval approval;
    @MappedCollection(idColumn = "management_review", keyColumn = "send_back_index")
    private List<SendBack> sendBacks = new ArrayList<>();
    @Version
    private Integer version;

    ManagementReview() {
    }

    ManagementReview(long projectId, String processInstanceId, Instant gatheredAt, List<InputSection> inputs) {
        this.projectId = projectId;
        this.processInstanceId = processInstanceId;
        this.status = ReviewStatus.IN_PREPARATION;
        this.inputsGatheredAt = gatheredAt;
        this.inputs.addAll(inputs);
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    /** The ManagementReviewProcess instance that works on this review. */
    public String processInstanceId() {
        return processInstanceId;
    }

    public ReviewStatus status() {
        return status;
    }

    public boolean isCompleted() {
        return status == ReviewStatus.COMPLETED;
    }

    public Instant inputsGatheredAt() {
        return inputsGatheredAt;
    }

    public List<InputSection> inputs() {
        return List.copyOf(inputs);
    }

    /** Empty until the project manager has prepared the review. */
    public Optional<Preparation> preparation() {
        return Optional.ofNullable(preparation);
    }

    /** Empty until the executive has approved the decisions. */
    public Optional<Approval> approval() {
        return Optional.ofNullable(approval);
    }

    /** Each time the executive sent the review back, oldest first. */
    public List<SendBack> sendBacks() {
        return List.copyOf(sendBacks);
    }

    /**
     * The inputs gathered again after a send-back: the project manager's notes stay with the sections of the same
     * title, as they were written on what the section is about.
     */
    void regathered(Instant at, List<InputSection> sections) {
        requireStatus(ReviewStatus.IN_PREPARATION, "Inputs are gathered again while the review is in preparation "
                + "only.");
        List<InputSection> kept = sections.stream().map(section -> inputs.stream()
                .filter(old -> old.title().equals(section.title()) && old.notes() != null).findFirst()
                .map(old -> section.withNotes(old.notes())).orElse(section)).toList();
        inputs.clear();
        inputs.addAll(kept);
        inputsGatheredAt = at;
    }

    void notes(int section, String notes) {
        requireStatus(ReviewStatus.IN_PREPARATION, "Notes can be changed while the review is in preparation only.");
        inputs.set(section, inputs.get(section).withNotes(notes));
    }

    void prepared(Preparation preparation) {
        requireStatus(ReviewStatus.IN_PREPARATION, "The review is not in preparation.");
        this.preparation = preparation;
        this.status = ReviewStatus.AWAITING_DECISION;
    }

    void sentBack(SendBack sendBack) {
        requireStatus(ReviewStatus.AWAITING_DECISION, "The review is not awaiting decisions.");
        sendBacks.add(sendBack);
        this.status = ReviewStatus.IN_PREPARATION;
    }

    void approved(Approval approval) {
        requireStatus(ReviewStatus.AWAITING_DECISION, "The review is not awaiting decisions.");
        this.approval = approval;
        this.status = ReviewStatus.COMPLETED;
    }

    private void requireStatus(ReviewStatus expected, String message) {
        if (status != expected) {
            throw new IllegalStateException(message);
        }
    }
}
