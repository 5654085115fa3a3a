package org.certflow.audit;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AuditRepository extends ListCrudRepository<Audit, Long> {

    List<Audit> findByProjectIdOrderByPlannedDateAscIdAsc(long projectId);
}
