package org.certflow.incident;

import static org.certflow.incident.process.IncidentVariables.AVAILABILITY_IMPACT;
import static org.certflow.incident.process.IncidentVariables.CONFIDENTIALITY_IMPACT;
import static org.certflow.incident.process.IncidentVariables.HARM_TO_PEOPLE;
import static org.certflow.incident.process.IncidentVariables.INCIDENT_ID;
import static org.certflow.incident.process.IncidentVariables.INCIDENT_REPORTED;
import static org.certflow.incident.process.IncidentVariables.INTEGRITY_IMPACT;
import static org.certflow.incident.process.IncidentVariables.INVOLVES_AI;
import static org.certflow.incident.process.IncidentVariables.NOTIFICATION_DUE_DATE;
import static org.certflow.incident.process.IncidentVariables.PROJECT_ID;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.certflow.catalog.Standard;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.shared.EngineClock;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting incidents and finding them again; the transaction boundary for both. Anyone working in a project
 * reports its incidents and sees them; reporting starts the incident process. An AI system may be involved only in
 * a project with ISO 42001, which always has an AI governance lead to assess it.
 */
@Service
public class Incidents {

    private final IncidentRepository incidents;
    private final IncidentReportValidator validator;
    private final ProjectService projects;
    private final RuntimeService runtime;

    Incidents(IncidentRepository incidents, IncidentReportValidator validator, ProjectService projects,
              RuntimeService runtime) {
        this.incidents = incidents;
        this.validator = validator;
        this.projects = projects;
        this.runtime = runtime;
    }

    /**
     * Stores the incident and starts its handling by the message {@code IncidentReported}, for the project
     * (business key) and this incident. A refused report stores and starts nothing.
     */
    @Transactional
    public Incident report(IncidentReport report, String reporter) {
        Map<String, String> errors = validator.errors(report);
        if (report.projectId() != null) {
            Optional<Project> project = projects.visibleTo(reporter).stream()
                    .filter(p -> p.id().equals(report.projectId())).findFirst();
            if (project.isEmpty()) {
                errors.put("project", "You can report incidents only for the projects you work in.");
            } else if (report.involvesAi() && !project.get().includes(Standard.ISO42001)) {
                // the AI system's part goes to the AI governance lead, whom only an ISO 42001 project has
                errors.put("involvesAi", project.get().name() + " covers ISO 27001 only: no AI system is in its "
                        + "scope and nobody leads AI governance there. Untick this and describe the AI system's "
                        + "part in the description.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidIncidentException(errors);
        }
        Incident incident = incidents.save(new Incident(report, reporter, EngineClock.now()));
        runtime.createMessageCorrelation(INCIDENT_REPORTED).processInstanceBusinessKey(String.valueOf(report.projectId()))
                .setVariables(startVariables(incident)).correlateStartMessage();
        // the process ran up to the triage and saved the severity it proposed
        return get(incident.id());
    }

    private static Map<String, Object> startVariables(Incident incident) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PROJECT_ID, incident.projectId());
        variables.put(INCIDENT_ID, incident.id());
        variables.put(INVOLVES_AI, incident.involvesAi());
        variables.put(CONFIDENTIALITY_IMPACT, incident.confidentialityImpact().code());
        variables.put(INTEGRITY_IMPACT, incident.integrityImpact().code());
        variables.put(AVAILABILITY_IMPACT, incident.availabilityImpact().code());
        variables.put(HARM_TO_PEOPLE, incident.harmToPeople().code());
        variables.put(NOTIFICATION_DUE_DATE, Date.from(incident.notificationDueAt()));
        return variables;
    }

    /** The projects the person may report incidents for and see the incidents of. */
    @Transactional(readOnly = true)
    public List<Project> projectsOf(String username) {
        return projects.visibleTo(username);
    }

    @Transactional(readOnly = true)
    public Incident get(long incidentId) {
        return incidents.findById(incidentId)
                .orElseThrow(() -> new IllegalArgumentException("No incident " + incidentId));
    }

    /** The incident, if it exists and the person works in its project. */
    @Transactional(readOnly = true)
    public Optional<Incident> find(long incidentId, String username) {
        return incidents.findById(incidentId).filter(i -> projectIds(username).contains(i.projectId()));
    }

    /** A page of the incidents of one of the person's projects, or of all of them, the latest first. */
    @Transactional(readOnly = true)
    public List<Incident> page(String username, Long projectId, Pageable page) {
        Set<Long> scope = scope(username, projectId);
        return scope.isEmpty() ? List.of() : incidents.findByProjectIdInOrderByReportedAtDesc(scope, page);
    }

    @Transactional(readOnly = true)
    public long count(String username, Long projectId) {
        Set<Long> scope = scope(username, projectId);
        return scope.isEmpty() ? 0 : incidents.countByProjectIdIn(scope);
    }

    @Transactional(readOnly = true)
    public List<Incident> of(long projectId) {
        return incidents.findByProjectIdOrderByReportedAt(projectId);
    }

    private Set<Long> scope(String username, Long projectId) {
        Set<Long> visible = projectIds(username);
        return projectId == null ? visible : visible.stream().filter(projectId::equals).collect(Collectors.toSet());
    }

    private Set<Long> projectIds(String username) {
        return projects.visibleTo(username).stream().map(Project::id).collect(Collectors.toSet());
    }
}
