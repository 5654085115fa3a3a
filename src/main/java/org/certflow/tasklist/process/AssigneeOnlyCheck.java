package org.certflow.tasklist.process;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.certflow.security.ProjectGroups;
import org.certflow.shared.NotYourTaskException;
import org.springframework.stereotype.Component;

/**
 * A task assigned to someone is worked by that person only: others of its role may neither complete it nor take
 * it over. Left to Camunda, every member of a candidate group may complete or reassign a task whoever holds it,
 * so a colleague could finish a control owner's work, or an internal auditor verify a corrective action assigned
 * to another. Claiming an unclaimed task for oneself and giving back one's own stay open to everyone of the role;
 * the engine's own work (nobody signed in) and administrators are not restricted.
 */
@Component
class AssigneeOnlyCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Authentication actor = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (actor == null || actor.getGroupIds() != null && actor.getGroupIds().contains(ProjectGroups.ADMIN_GROUP)) {
            return;
        }
        String user = actor.getUserId();
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            refuseUnlessHeldBy(user, task, task.getAssignee());
            return;
        }
        PropertyChange reassigned = ((TaskEntity) task).getPropertyChanges().get(TaskEntity.ASSIGNEE);
        if (reassigned == null) {
            return;
        }
        String before = (String) reassigned.getOrgValue();
        String after = (String) reassigned.getNewValue();
        refuseUnlessHeldBy(user, task, before);
        if (after != null && !after.equals(user)) {
            throw new NotYourTaskException(
                    "A task goes to whoever claims it: give it back to its role rather than handing it to someone.");
        }
    }

    private static void refuseUnlessHeldBy(String user, DelegateTask task, String assignee) {
        if (assignee != null && !assignee.equals(user)) {
            throw new NotYourTaskException(
                    "This task is assigned to " + displayName(assignee) + ": only they can work on it or give it back.");
        }
    }

    /** Read past the signed-in user's authorizations, which need not include reading other users. */
    private static String displayName(String userId) {
        User user = Context.getCommandContext().runWithoutAuthorization(() -> Context.getProcessEngineConfiguration()
                .getIdentityService().createUserQuery().userId(userId).singleResult());
        return user == null ? userId : Stream.of(user.getFirstName(), user.getLastName())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
    }
}
