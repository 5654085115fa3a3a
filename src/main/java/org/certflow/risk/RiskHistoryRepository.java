package org.certflow.risk;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface RiskHistoryRepository extends ListCrudRepository<RiskHistoryEntry, Long> {

    List<RiskHistoryEntry> findByRiskIdOrderByHappenedAtDescIdDesc(long riskId);
}
