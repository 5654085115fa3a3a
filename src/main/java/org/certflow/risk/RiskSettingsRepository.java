package org.certflow.risk;

import org.springframework.data.repository.CrudRepository;

interface RiskSettingsRepository extends CrudRepository<RiskSettings, Long> {
}
