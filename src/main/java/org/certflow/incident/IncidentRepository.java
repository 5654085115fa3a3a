package org.certflow.incident;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface IncidentRepository extends ListCrudRepository<Incident, Long> {

    List<Incident> findByProjectIdInOrderByReportedAtDesc(Collection<Long> projectIds, Pageable page);

    long countByProjectIdIn(Collection<Long> projectIds);

    List<Incident> findByProjectIdOrderByReportedAt(long projectId);
}
