package org.certflow.project;

import java.util.List;
import java.util.Optional;

import org.certflow.catalog.Standard;
import org.springframework.data.repository.ListCrudRepository;

interface SoaLineRepository extends ListCrudRepository<SoaLine, Long> {

    List<SoaLine> findByProjectIdOrderById(long projectId);

    Optional<SoaLine> findByProjectIdAndStandardAndControlId(long projectId, Standard standard, String controlId);
}
