package org.certflow.incident;

import static org.certflow.incident.process.IncidentVariables.INCIDENT_ID;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.ProjectMember;
import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The corrective actions of incidents: planned by the incident manager for people of the incident's project, each
 * then taken by its owner in a task of its own.
 */
@Service
public class IncidentActions {

    static final int MAX_DESCRIPTION = 1000;
    /** The incident process's task during which its corrective actions are planned. */
    public static final String PLANNING_TASK = "Task_PlanCorrectiveActions";

    private final CorrectiveActionRepository actions;
    private final IncidentRepository incidents;
    private final ProjectService projects;
    private final TaskService tasks;
    private final People people;

    IncidentActions(CorrectiveActionRepository actions, IncidentRepository incidents, ProjectService projects,
                    TaskService tasks, People people) {
        this.actions = actions;
        this.incidents = incidents;
        this.projects = projects;
        this.tasks = tasks;
        this.people = people;
    }

    /**
     * Plans the action; refuses, field by field, a missing description, an owner outside the project, a past date.
     * Only an incident manager of the project plans, while the incident's planning task is open (see
     * {@link #checkPlanning}).
     */
    @Transactional
    public CorrectiveAction plan(long incidentId, NewCorrectiveAction action, String plannedBy) {
        Incident incident = incidents.findById(incidentId)
                .orElseThrow(() -> new IllegalArgumentException("No incident " + incidentId));
        checkPlanning(incident, plannedBy);
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

    /** Takes back an action planned by mistake, while it is still open; as {@link #plan}, only while planning. */
    @Transactional
    public void withdraw(long actionId, String actor) {
        CorrectiveAction action = get(actionId);
        checkPlanning(incidents.findById(action.incidentId()).orElseThrow(), actor);
        if (!action.isOpen()) {
            throw new IllegalStateException("\"" + action.description() + "\" is done already: it stays on record.");
        }
        actions.delete(action);
    }

    /**
     * Refuses anyone but an incident manager of the incident's project ({@link AccessDeniedException}), and any
     * change once the planning task is completed ({@link IllegalStateException}): after it, each action has its
     * owner's task. When an incident manager has claimed the planning task, only they change the plan.
     */
    private void checkPlanning(Incident incident, String actor) {
        if (!projects.get(incident.projectId()).holders(Role.INCIDENT_MANAGER).contains(actor)) {
            throw new AccessDeniedException("Only an incident manager of the incident's project plans its "
                    + "corrective actions.");
        }
        Task planning = tasks.createTaskQuery().processVariableValueEquals(INCIDENT_ID, incident.id())
                .taskDefinitionKey(PLANNING_TASK).singleResult();
        if (planning == null) {
            throw new IllegalStateException("The corrective actions of \"" + incident.summary() + "\" are not being "
                    + "planned now: they change only while its task \"Plan corrective actions\" is open.");
        }
        if (planning.getAssignee() != null && !planning.getAssignee().equals(actor)) {
            throw new AccessDeniedException(people.displayName(planning.getAssignee()) + " has claimed the planning "
                    + "of these corrective actions: only they change them now.");
        }
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

    /** Which of the incidents have an action overdue now, or done after its due day. */
    @Transactional(readOnly = true)
    public Set<Long> withLateActions(Collection<Long> incidentIds) {
        LocalDate today = EngineClock.today();
        return incidentIds.isEmpty() ? Set.of() : actions.findByIncidentIdIn(incidentIds).stream()
                .filter(action -> action.isLate(today)).map(CorrectiveAction::incidentId).collect(Collectors.toSet());
    }

    /** Open actions past their due date, for the incident page and the management review. */
    @Transactional(readOnly = true)
    public List<CorrectiveAction> overdue(long incidentId) {
        LocalDate today = EngineClock.today();
        return of(incidentId).stream().filter(action -> action.isOverdue(today)).toList();
    }
}
