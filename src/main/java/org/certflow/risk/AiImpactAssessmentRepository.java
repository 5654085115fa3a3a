package org.certflow.risk;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AiImpactAssessmentRepository extends ListCrudRepository<AiImpactAssessment, Long> {

    List<AiImpactAssessment> findByAiSystemIdOrderByAssessedAtDescIdDesc(long aiSystemId);
}
