package org.certflow.tasklist;

import static org.certflow.project.process.ProcessVariables.CONTROL_KEY;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.certflow.tasklist.TaskOutcome.Kind;
import org.certflow.tasklist.form.FormDefinition;
import org.certflow.tasklist.form.FormValidator;
import org.certflow.tasklist.form.FormValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task list's transaction boundary. Every method takes the acting user; who sees what is
 * {@link VisibleTasks}' rule. Claims, give-backs and completions return a {@link TaskOutcome} and change
 * nothing unless it is {@link Kind#DONE}; each runs in its own transaction (see {@link TaskAttempts}).
 */
@Service
public class TaskListService {

    private final TaskService tasks;
    private final VisibleTasks visible;
    private final TaskItems items;
    private final TaskForms forms;
    private final TaskAttempts attempts;
    private final People people;

    TaskListService(TaskService tasks, VisibleTasks visible, TaskItems items, TaskForms forms,
                    TaskAttempts attempts, People people) {
        this.tasks = tasks;
        this.visible = visible;
        this.items = items;
        this.forms = forms;
        this.attempts = attempts;
        this.people = people;
    }

    @Transactional(readOnly = true)
    public long count(String username, TaskScope scope) {
        return visible.query(username, scope).count();
    }

    @Transactional(readOnly = true)
    public List<TaskItem> page(String username, TaskScope scope, TaskSort sort, int offset, int limit) {
        return page(visible.query(username, scope), sort, offset, limit);
    }

    /**
     * How many open tasks of this role await the user across their projects: the role's tasks nobody has claimed
     * and those the user claimed, e.g. everything awaiting an executive's decision.
     */
    @Transactional(readOnly = true)
    public long countForRole(String username, Role role) {
        return visible.queryForRole(username, role).map(TaskQuery::count).orElse(0L);
    }

    /** A page of those tasks; see {@link #countForRole}. */
    @Transactional(readOnly = true)
    public List<TaskItem> pageForRole(String username, Role role, TaskSort sort, int offset, int limit) {
        return visible.queryForRole(username, role).map(query -> page(query, sort, offset, limit)).orElse(List.of());
    }

    private List<TaskItem> page(TaskQuery query, TaskSort sort, int offset, int limit) {
        query = switch (sort.by()) {
            case DUE_DATE -> query.orderByDueDate();
            case CREATED -> query.orderByTaskCreateTime();
            case NAME -> query.orderByTaskNameCaseInsensitive();
        };
        query = sort.ascending() ? query.asc() : query.desc();
        return items.of(query.orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(offset, limit));
    }

    /** The open task with its form, if the user may see it. */
    @Transactional(readOnly = true)
    public Optional<TaskDetails> find(String username, String taskId) {
        return visible.find(username, taskId).map(task -> {
            FormDefinition form = forms.of(task);
            Map<String, Object> variables = tasks.getVariables(task.getId());
            return new TaskDetails(items.of(List.of(task)).get(0),
                    variables.get(CONTROL_KEY) instanceof String controlKey ? controlKey : null, form,
                    FormValues.prefill(form, variables));
        });
    }

    public TaskOutcome claim(String username, String taskId) {
        Optional<Task> task = visible.find(username, taskId);
        if (task.isEmpty()) {
            return attempts.unavailable(username, taskId);
        }
        String assignee = task.get().getAssignee();
        if (assignee != null) {
            return assignee.equals(username) ? TaskOutcome.of(Kind.DONE, "This task is yours already.")
                    : attempts.claimedBy(assignee);
        }
        return attempts.run(username, taskId, () -> tasks.claim(taskId, username), "The task is yours now.");
    }

    /** Gives the user's own claim back to the task's role; nobody can give back someone else's claim. */
    public TaskOutcome unclaim(String username, String taskId) {
        Optional<Task> task = visible.find(username, taskId);
        if (task.isEmpty()) {
            return attempts.unavailable(username, taskId);
        }
        String assignee = task.get().getAssignee();
        if (assignee == null) {
            return TaskOutcome.of(Kind.DONE, "Nobody has claimed this task.");
        }
        if (!assignee.equals(username)) {
            return TaskOutcome.of(Kind.CLAIMED_BY_OTHER,
                    people.displayName(assignee) + " has claimed this task; only they can give it back.");
        }
        return attempts.run(username, taskId, () -> tasks.claim(taskId, null),
                "The task is back with everyone in its role.");
    }

    /**
     * Validates the values against the task's form, claims the task for the user if nobody has, and completes it
     * with one variable per editable field of the form (see {@link FormValues#toStore}).
     */
    public TaskOutcome complete(String username, String taskId, Map<String, ?> values) {
        Optional<Task> task = visible.find(username, taskId);
        if (task.isEmpty()) {
            return attempts.unavailable(username, taskId);
        }
        String assignee = task.get().getAssignee();
        if (assignee != null && !assignee.equals(username)) {
            return attempts.claimedBy(assignee);
        }
        FormDefinition form = forms.of(task.get());
        Map<String, String> errors = FormValidator.validate(form, values);
        if (!errors.isEmpty()) {
            return TaskOutcome.invalid(errors);
        }
        Map<String, Object> variables = FormValues.toStore(form, values);
        return attempts.run(username, taskId, () -> {
            if (assignee == null) {
                tasks.claim(taskId, username);
            }
            tasks.complete(taskId, variables);
        }, "Task completed: " + task.get().getName() + ".");
    }
}
