package org.certflow.certification;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CertificationFindingRepository extends ListCrudRepository<CertificationFinding, Long> {

    List<CertificationFinding> findByAuditIdOrderById(long auditId);
}
