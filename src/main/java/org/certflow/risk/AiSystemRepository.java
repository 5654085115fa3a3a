package org.certflow.risk;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AiSystemRepository extends ListCrudRepository<AiSystem, Long> {

    List<AiSystem> findByProjectIdOrderByName(long projectId);
}
