package org.certflow.certification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface DocumentedInformationRepository extends ListCrudRepository<DocumentedInformation, Long> {

    List<DocumentedInformation> findByProjectId(long projectId);

    Optional<DocumentedInformation> findByProjectIdAndSource(long projectId, String source);
}
