package org.certflow.incident;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.certflow.project.ProjectMember;
import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The corrective actions of incidents: planned by the incident manager for people of the incident's project, each
 * then taken by its owner in a task of its own.
 */
@Service
public class IncidentActions {

    static final int MAX_DESCRIPTION = 1000;

    private final CorrectiveActionRepository actions;
    private final IncidentRepository incidents;
    private final ProjectService projects;
    private final People people;

    IncidentActions(CorrectiveActionRepository actions, IncidentRepository incidents, ProjectService projects,
                      People people) {
        this.actions = actions;
        this.incidents = incidents;
        this.projects = projects;
        this.people = people;
    }

    /** Plans the action; refuses, field by field, a missing description, an owner outside the project, a past date. */
    @Transactional
    public CorrectiveAction plan(long incidentId, NewCorrectiveAction action, String plannedBy) {
        Incident incident = incidents.findById(incidentId)
                .orElseThrow(() -> new IllegalArgumentException("No incident " + incidentId));
        Map<String, String> errors = new LinkedHashMap<>();
        if (action.description() == null || action.description().isBlank()) {
            errors.put("description", "Say what is to be done.");
        } else if (action.description().trim().length() > MAX_DESCRIPTION) {
            errors.put("description", "At most " + MAX_DESCRIPTION + " characters, please.");
        }
        if (action.owner() == null) {
            errors.put("owner", "Name the person who takes the action.");
        } else if (!owners(incident.projectId()).contains(action.owner())) {
            errors.put("owner", people.displayName(action.owner()) + " does not work in this project.");
        }
        if (action.dueDate() == null) {
            errors.put("dueDate", "Give a due date.");
        } else if (action.dueDate().isBefore(EngineClock.today())) {
            errors.put("dueDate", "The due date has passed already.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidIncidentException(errors);
        }
        return actions.save(new CorrectiveAction(incidentId, action, plannedBy, EngineClock.now()));
    }

    /** Takes back an action planned by mistake, while it is still open. */
    @Transactional
    public void withdraw(long actionId) {
        CorrectiveAction action = get(actionId);
        if (!action.isOpen()) {
            throw new IllegalStateException("Corrective action " + actionId + " is done already.");
        }
        actions.delete(action);
    }

    @Transactional
    public CorrectiveAction done(long actionId, String result, String actor) {
        CorrectiveAction action = get(actionId);
        action.done(result, actor, EngineClock.now());
        return actions.save(action);
    }

    /** Everyone holding a role in the project may own a corrective action. */
    @Transactional(readOnly = true)
    public List<String> owners(long projectId) {
        return projects.get(projectId).members().stream().map(ProjectMember::username).distinct().sorted().toList();
    }

    @Transactional(readOnly = true)
    public CorrectiveAction get(long actionId) {
        return actions.findById(actionId)
                .orElseThrow(() -> new IllegalArgumentException("No corrective action " + actionId));
    }

    @Transactional(readOnly = true)
    public List<CorrectiveAction> of(long incidentId) {
        return actions.findByIncidentIdOrderById(incidentId);
    }

    @Transactional(readOnly = true)
    public List<CorrectiveAction> open(long incidentId) {
        return actions.findByIncidentIdAndStatusOrderById(incidentId, CorrectiveActionStatus.OPEN);
    }

    /** Open actions past their due date, for the incident page and the management review. */
    @Transactional(readOnly = true)
    public List<CorrectiveAction> overdue(long incidentId) {
        LocalDate today = EngineClock.today();
        return of(incidentId).stream().filter(action -> action.isOverdue(today)).toList();
    }
}
