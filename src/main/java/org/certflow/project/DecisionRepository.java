package org.certflow.project;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface DecisionRepository extends ListCrudRepository<Decision, Long> {

    List<Decision> findByProjectIdOrderByDecidedAt(long projectId);
}
