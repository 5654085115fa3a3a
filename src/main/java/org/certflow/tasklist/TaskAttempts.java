package org.certflow.tasklist;

import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.certflow.security.People;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.tasklist.TaskOutcome.Kind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a claim, give-back or completion as the acting user and says what became of it. The work runs in
 * Camunda as that user with their project groups, so Camunda's authorization checks the task rule again and
 * its history records who did it; and in a transaction of its own, so a refusal rolls back everything and
 * still reaches the caller as a {@link TaskOutcome} rather than an exception.
 */
@Component
class TaskAttempts {

    private final IdentityService identity;
    private final VisibleTasks visible;
    private final EndedTasks ended;
    private final People people;
    private final TransactionTemplate transactions;

    TaskAttempts(IdentityService identity, VisibleTasks visible, EndedTasks ended, People people,
                 TransactionTemplate transactions) {
        this.identity = identity;
        this.visible = visible;
        this.ended = ended;
        this.people = people;
        this.transactions = transactions;
    }

    TaskOutcome run(String username, String taskId, Runnable work, String done) {
        try {
            runAs(username, work);
            return TaskOutcome.of(Kind.DONE, done);
        } catch (TaskAlreadyClaimedException e) {
            return claimedBy(e.getTaskAssignee());
        } catch (AuthorizationException e) {
            return TaskOutcome.of(Kind.NOT_ALLOWED, "You may not work on this task.");
        } catch (NotFoundException | NullValueException | OptimisticLockingException e) {
            // someone else completed it, or the process moved on, between our check and this attempt
            return unavailable(username, taskId);
        } catch (RuntimeException e) {
            return CompletionRefusedException.in(e).map(r -> TaskOutcome.of(Kind.REFUSED, r.getMessage()))
                    .orElseThrow(() -> e);
        }
    }

    /** For a task the user cannot find open: what became of it if they ever saw it, else "not yours". */
    TaskOutcome unavailable(String username, String taskId) {
        Optional<String> what = visible.sawEndedTask(username, taskId) ? ended.describe(taskId) : Optional.empty();
        return what.map(message -> TaskOutcome.of(Kind.GONE, message + "; nothing was saved."))
                .orElseGet(() -> TaskOutcome.of(Kind.NOT_ALLOWED, "This task does not exist or is not yours."));
    }

    TaskOutcome claimedBy(String assignee) {
        return TaskOutcome.of(Kind.CLAIMED_BY_OTHER, people.displayName(assignee) + " has claimed this task.");
    }

    private void runAs(String username, Runnable work) {
        identity.setAuthentication(username, visible.projectGroups(username));
        try {
            transactions.executeWithoutResult(status -> work.run());
        } finally {
            identity.clearAuthentication();
        }
    }
}
