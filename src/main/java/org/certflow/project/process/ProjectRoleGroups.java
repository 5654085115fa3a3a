package org.certflow.project.process;

import static org.certflow.project.process.ProcessVariables.PROJECT_ID;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.springframework.stereotype.Component;

/**
 * Resolves the role a BPMN user task names ({@code candidateGroups="executive"}) to the group holding that role in
 * the task's project ({@code project12-executive}), so only the project's own people see the task. Called from the
 * expressions {@link TaskRoutingPlugin} puts in place of the roles when a model is deployed.
 */
@Component("projectRoleGroups")
public class ProjectRoleGroups {

    /** The project's group for the role, or the role's own group for a process outside any project. */
    public String of(VariableScope scope, String role) {
        return scope.getVariable(PROJECT_ID) instanceof Number projectId
                ? ProjectGroups.groupId(projectId.longValue(), Role.ofGroupId(role).orElseThrow())
                : role;
    }
}
