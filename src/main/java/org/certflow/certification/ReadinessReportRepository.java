package org.certflow.certification;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ReadinessReportRepository extends ListCrudRepository<ReadinessReport, Long> {

    Optional<ReadinessReport> findFirstByProjectIdOrderByCheckedAtDescIdDesc(long projectId);
}
