package org.certflow.review;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ReviewDecisionRepository extends ListCrudRepository<ReviewDecision, Long> {

    List<ReviewDecision> findByManagementReviewOrderById(long managementReview);

    List<ReviewDecision> findByProjectIdOrderByActionDueAscIdAsc(long projectId);

    List<ReviewDecision> findByManagementReviewIn(Collection<Long> managementReviews);
}
