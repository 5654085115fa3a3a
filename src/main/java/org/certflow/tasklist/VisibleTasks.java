package org.certflow.tasklist;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.certflow.security.People;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.springframework.stereotype.Component;

/**
 * The rule for who may see and work a task: its assignee, and the people holding its role in its project (the
 * project groups the task routing made its candidates). Global groups never grant tasks, and an administrator
 * is no exception: Camunda's own authorization is given the same project groups, so it enforces the same rule.
 */
@Component
class VisibleTasks {

    private final TaskService tasks;
    private final HistoryService history;
    private final People people;

    VisibleTasks(TaskService tasks, HistoryService history, People people) {
        this.tasks = tasks;
        this.history = history;
        this.people = people;
    }

    List<String> projectGroups(String username) {
        return people.groupIds(username).stream().filter(ProjectGroups::isProjectGroup).sorted().toList();
    }

    /** The task list: the user's own tasks, with the unclaimed tasks of their project roles if asked for. */
    TaskQuery query(String username, TaskScope scope) {
        List<String> groups = projectGroups(username);
        TaskQuery query = tasks.createTaskQuery().initializeFormKeys();
        if (scope == TaskScope.MINE || groups.isEmpty()) {
            return query.taskAssignee(username);
        }
        return query.or().taskAssignee(username).taskCandidateGroupIn(groups).endOr();
    }

    /**
     * The open tasks of one role in the user's projects that nobody else has claimed; empty when the user holds
     * the role in no project.
     */
    Optional<TaskQuery> queryForRole(String username, Role role) {
        List<String> groups = projectGroups(username).stream()
                .filter(group -> ProjectGroups.roleOf(group).filter(role::equals).isPresent()).toList();
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tasks.createTaskQuery().initializeFormKeys().taskCandidateGroupIn(groups)
                .includeAssignedTasks().or().taskAssignee(username).taskUnassigned().endOr());
    }

    /** The open task, if the user is its assignee or holds its role, claimed by someone else or not. */
    Optional<Task> find(String username, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            return Optional.empty();
        }
        List<String> groups = projectGroups(username);
        boolean visible = username.equals(task.getAssignee()) || tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && groups.contains(link.getGroupId()));
        return visible ? Optional.of(task) : Optional.empty();
    }

    /** Whether the user ever was the ended task's assignee or held its role: only they learn what became of it. */
    boolean sawEndedTask(String username, String taskId) {
        List<String> groups = projectGroups(username);
        return history.createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
                .anyMatch(link -> username.equals(link.getUserId()) || groups.contains(link.getGroupId()));
    }
}
