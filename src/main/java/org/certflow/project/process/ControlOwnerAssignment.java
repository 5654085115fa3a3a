package org.certflow.project.process;

import static org.certflow.project.process.ProcessVariables.CONTROL_KEY;
import static org.certflow.project.process.ProcessVariables.projectId;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Hands a control owners' task about one control straight to that control's owner in the SoA. */
@Component
class ControlOwnerAssignment implements TaskListener {

    private final StatementOfApplicability soa;

    ControlOwnerAssignment(@Lazy StatementOfApplicability soa) {
        this.soa = soa;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() != null || !(task.getVariable(CONTROL_KEY) instanceof String controlKey)) {
            return;
        }
        boolean forControlOwners = task.getCandidates().stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).flatMap(group -> ProjectGroups.roleOf(group).stream())
                .anyMatch(role -> role == Role.CONTROL_OWNER);
        if (forControlOwners) {
            task.setAssignee(soa.line(projectId(task), controlKey).owner());
        }
    }
}
