package org.certflow.certification;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CertificationAuditRepository extends ListCrudRepository<CertificationAudit, Long> {

    List<CertificationAudit> findByProjectIdOrderByOpenedAtDescIdDesc(long projectId);
}
