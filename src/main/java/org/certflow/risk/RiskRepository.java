package org.certflow.risk;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface RiskRepository extends ListCrudRepository<Risk, Long> {

    List<Risk> findByProjectIdOrderByResidualScoreDescTitle(long projectId);
}
