package org.certflow.tasklist;

import static org.certflow.project.process.ProcessVariables.CONTROL_KEY;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.certflow.security.People;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.tasklist.TaskOutcome.Kind;
import org.certflow.tasklist.form.FormDefinition;
import org.certflow.tasklist.form.FormValidator;
import org.certflow.tasklist.form.FormValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The task list's transaction boundary. Every method takes the acting user; who sees what is
 * {@link VisibleTasks}' rule. Claims and completions run as that user in Camunda (so its authorization checks the
 * same rule and its history records who did it) in a transaction of their own, so that a refusal rolls back
 * everything and still reaches the caller as a {@link TaskOutcome} rather than an exception.
 */
@Service
public class TaskListService {

    private static final String NOT_YOURS = "This task does not exist or is not yours.";

    private final TaskService tasks;
    private final IdentityService identity;
    private final VisibleTasks visible;
    private final TaskItems items;
    private final TaskForms forms;
    private final EndedTasks ended;
    private final People people;
    private final TransactionTemplate transactions;

    TaskListService(TaskService tasks, IdentityService identity, VisibleTasks visible, TaskItems items,
                    TaskForms forms, EndedTasks ended, People people, TransactionTemplate transactions) {
        this.tasks = tasks;
        this.identity = identity;
        this.visible = visible;
        this.items = items;
        this.forms = forms;
        this.ended = ended;
        this.people = people;
        this.transactions = transactions;
    }

    @Transactional(readOnly = true)
    public long count(String username, TaskScope scope) {
        return visible.query(username, scope).count();
    }

    @Transactional(readOnly = true)
    public List<TaskItem> page(String username, TaskScope scope, TaskSort sort, int offset, int limit) {
        TaskQuery query = visible.query(username, scope);
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
            return unavailable(username, taskId);
        }
        String assignee = task.get().getAssignee();
        if (assignee != null) {
            return assignee.equals(username) ? TaskOutcome.of(Kind.DONE, "This task is yours already.")
                    : claimedBy(assignee);
        }
        return asUser(username, taskId, () -> tasks.claim(taskId, username), "The task is yours now.");
    }

    /** Gives the user's own claim back to the task's role; nobody can give back someone else's claim. */
    public TaskOutcome unclaim(String username, String taskId) {
        Optional<Task> task = visible.find(username, taskId);
        if (task.isEmpty()) {
            return unavailable(username, taskId);
        }
        String assignee = task.get().getAssignee();
        if (assignee == null) {
            return TaskOutcome.of(Kind.DONE, "Nobody has claimed this task.");
        }
        if (!assignee.equals(username)) {
            return TaskOutcome.of(Kind.CLAIMED_BY_OTHER,
                    people.displayName(assignee) + " has claimed this task; only they can give it back.");
        }
        return asUser(username, taskId, () -> tasks.setAssignee(taskId, null),
                "The task is back with everyone in its role.");
    }

    /**
     * Validates the values against the task's form, claims the task for the user if nobody has, and completes it
     * with one variable per editable field of the form. Nothing is kept unless the outcome is {@link Kind#DONE}.
     */
    public TaskOutcome complete(String username, String taskId, Map<String, ?> values) {
        Optional<Task> task = visible.find(username, taskId);
        if (task.isEmpty()) {
            return unavailable(username, taskId);
        }
        String assignee = task.get().getAssignee();
        if (assignee != null && !assignee.equals(username)) {
            return claimedBy(assignee);
        }
        FormDefinition form = forms.of(task.get());
        Map<String, String> errors = FormValidator.validate(form, values);
        if (!errors.isEmpty()) {
            return TaskOutcome.invalid(errors);
        }
        Map<String, Object> variables = FormValues.toStore(form, values);
        return asUser(username, taskId, () -> {
            if (assignee == null) {
                tasks.claim(taskId, username);
            }
            tasks.complete(taskId, variables);
        }, "Task completed: " + task.get().getName() + ".");
    }

    private TaskOutcome asUser(String username, String taskId, Runnable work, String done) {
        try {
            runAs(username, work);
            return TaskOutcome.of(Kind.DONE, done);
        } catch (TaskAlreadyClaimedException e) {
            return claimedBy(e.getTaskAssignee());
        } catch (AuthorizationException e) {
            return TaskOutcome.of(Kind.NOT_ALLOWED, "You may not work on this task.");
        } catch (NotFoundException | NullValueException | OptimisticLockingException e) {
            // someone else completed it or the process moved on between our check and this attempt
            return unavailable(username, taskId);
        } catch (RuntimeException e) {
            return refusal(e).map(r -> TaskOutcome.of(Kind.REFUSED, r.getMessage())).orElseThrow(() -> e);
        }
    }

    private void runAs(String username, Runnable work) {
        identity.setAuthentication(username, visible.projectGroups(username));
        try {
            transactions.executeWithoutResult(status -> work.run());
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The engine wraps exceptions of listeners and delegates; the refusal may be any cause down the chain. */
    private static Optional<CompletionRefusedException> refusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CompletionRefusedException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    private TaskOutcome unavailable(String username, String taskId) {
        Optional<String> what = visible.sawEndedTask(username, taskId) ? ended.describe(taskId) : Optional.empty();
        return what.map(message -> TaskOutcome.of(Kind.GONE, message + "; nothing was saved."))
                .orElseGet(() -> TaskOutcome.of(Kind.NOT_ALLOWED, NOT_YOURS));
    }

    private TaskOutcome claimedBy(String assignee) {
        return TaskOutcome.of(Kind.CLAIMED_BY_OTHER, people.displayName(assignee) + " has claimed this task.");
    }
}
