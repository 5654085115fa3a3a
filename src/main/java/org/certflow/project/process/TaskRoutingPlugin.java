package org.certflow.project.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.certflow.security.Role;
import org.certflow.shared.EveryUserTaskPlugin;
import org.springframework.stereotype.Component;

/**
 * Prepares every user task of every deployed model, so no model can forget it: each role named in
 * {@code camunda:candidateGroups} becomes an expression resolving to the project's group for that role
 * ({@link ProjectRoleGroups}), so the task is created for the project's people only and never for the role at
 * large; and {@link ControlOwnerAssignment} and {@link ControlTaskNames} run when the task is created.
 */
@Component
class TaskRoutingPlugin extends EveryUserTaskPlugin {

    private final ControlOwnerAssignment assignment;
    private final ControlTaskNames names;

    TaskRoutingPlugin(ControlOwnerAssignment assignment, ControlTaskNames names) {
        this.assignment = assignment;
        this.names = names;
    }

    @Override
    protected void prepare(TaskDefinition task, ProcessEngineConfigurationImpl configuration) {
        routeRolesToProjectGroups(task, configuration);
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, assignment);
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, names);
    }

    private static void routeRolesToProjectGroups(TaskDefinition task, ProcessEngineConfigurationImpl configuration) {
        List<Expression> groups = task.getCandidateGroupIdExpressions().stream()
                .map(group -> Role.ofGroupId(group.getExpressionText())
                        .<Expression>map(role -> configuration.getExpressionManager().createExpression(
                                "${projectRoleGroups.of(execution, '" + role.groupId() + "')}"))
                        .orElse(group))
                .toList();
        task.getCandidateGroupIdExpressions().clear();
        groups.forEach(task::addCandidateGroupIdExpression);
    }
}
