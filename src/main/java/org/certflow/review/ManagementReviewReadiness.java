package org.certflow.review;

import java.util.List;

import org.certflow.security.People;
import org.certflow.shared.Dates;
import org.certflow.shared.ReadinessCheck;
import org.springframework.stereotype.Component;

/** Stage 1 readiness: top management has reviewed the management system and recorded its decisions (9.3). */
@Component
class ManagementReviewReadiness implements ReadinessCheck {

    static final String REQUIREMENT = "Management review completed with decisions recorded (clause 9.3)";

    private final ManagementReviews reviews;
    private final People people;

    ManagementReviewReadiness(ManagementReviews reviews, People people) {
        this.reviews = reviews;
        this.people = people;
    }

    @Override
    public List<Result> check(long projectId) {
        return List.of(reviews.ofProject(projectId).stream().filter(ManagementReview::isCompleted)
                .filter(review -> !reviews.decisions(review.id()).isEmpty()).findFirst()
                .map(review -> new Result(REQUIREMENT, true, finding(review)))
                .orElseGet(() -> new Result(REQUIREMENT, false,
                        "No management review has been completed with decisions yet.")));
    }

    /** E.g. "Held on 26 Apr 2027, approved by Eva Eriksen on 28 Apr 2027 with 3 decisions." */
    private String finding(ManagementReview review) {
        Approval approval = review.approval().orElseThrow();
        int decisions = reviews.decisions(review.id()).size();
        return "Held on " + Dates.day(review.preparation().orElseThrow().reviewDate()) + ", approved by "
                + people.displayName(approval.approvedBy()) + " on " + Dates.day(approval.approvedAt())
                + " with " + decisions + (decisions == 1 ? " decision." : " decisions.");
    }
}
