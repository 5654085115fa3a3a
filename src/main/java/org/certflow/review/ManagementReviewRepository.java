package org.certflow.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface ManagementReviewRepository extends ListCrudRepository<ManagementReview, Long> {

    Optional<ManagementReview> findByProcessInstanceId(String processInstanceId);

    List<ManagementReview> findByProjectIdOrderByInputsGatheredAtDesc(long projectId);

    List<ManagementReview> findByProjectIdInOrderByInputsGatheredAtDesc(Collection<Long> projectIds, Pageable page);

    long countByProjectIdIn(Collection<Long> projectIds);
}
