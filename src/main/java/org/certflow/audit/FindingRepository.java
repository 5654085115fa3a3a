package org.certflow.audit;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface FindingRepository extends ListCrudRepository<Finding, Long> {

    List<Finding> findByProjectIdOrderById(long projectId);

    List<Finding> findByAuditIdOrderById(long auditId);
}
