package org.certflow.incident;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CorrectiveActionRepository extends ListCrudRepository<CorrectiveAction, Long> {

    List<CorrectiveAction> findByIncidentIdOrderById(long incidentId);

    List<CorrectiveAction> findByIncidentIdIn(Collection<Long> incidentIds);

    List<CorrectiveAction> findByIncidentIdAndStatusOrderById(long incidentId, CorrectiveActionStatus status);
}
