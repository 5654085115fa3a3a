package org.certflow.incident;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.certflow.project.Project;
import org.certflow.shared.EngineClock;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the incident list and the incident page show of an incident's state: severity, status, age and every
 * deadline it missed, its corrective actions' included.
 */
@Service
public class IncidentList {

    private final Incidents incidents;
    private final IncidentActions actions;

    IncidentList(Incidents incidents, IncidentActions actions) {
        this.incidents = incidents;
        this.actions = actions;
    }

    /** A page of the person's incidents, of one project or all theirs, the latest first, as {@link Incidents#page}. */
    @Transactional(readOnly = true)
    public List<IncidentListRow> page(String username, Long projectId, Pageable page) {
        Map<Long, String> projectNames = incidents.projectsOf(username).stream()
                .collect(Collectors.toMap(Project::id, Project::name));
        List<Incident> shown = incidents.page(username, projectId, page);
        Set<Long> lateActions = actions.withLateActions(shown.stream().map(Incident::id).toList());
        Instant now = EngineClock.now();
        return shown.stream().map(incident -> new IncidentListRow(incident.id(), incident.summary(),
                projectNames.get(incident.projectId()), incident.severity(), incident.status(),
                incident.reportedAt(), incident.age(now), breaches(incident, lateActions.contains(incident.id()), now)))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(String username, Long projectId) {
        return incidents.count(username, projectId);
    }

    /** The deadlines the incident missed, or is missing now, in the order of the handling. */
    @Transactional(readOnly = true)
    public List<IncidentSla.Breach> breaches(Incident incident) {
        return breaches(incident, !actions.withLateActions(List.of(incident.id())).isEmpty(), EngineClock.now());
    }

    private static List<IncidentSla.Breach> breaches(Incident incident, boolean lateAction, Instant now) {
        Set<IncidentSla.Breach> breaches = EnumSet.noneOf(IncidentSla.Breach.class);
        breaches.addAll(incident.breaches(now));
        if (lateAction) {
            breaches.add(IncidentSla.Breach.CORRECTIVE_ACTION_LATE);
        }
        return List.copyOf(breaches);
    }
}
