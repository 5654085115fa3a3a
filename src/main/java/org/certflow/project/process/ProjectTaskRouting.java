package org.certflow.project.process;

import static org.certflow.project.process.ProcessVariables.CONTROL_KEY;
import static org.certflow.project.process.ProcessVariables.PROJECT_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Runs when any user task of a project is created. The BPMN names a role ({@code candidateGroups="executive"});
 * this hands the task to the group holding that role in the task's project ({@code project12-executive}), so
 * only the project's own people see it. A control owner's task about a control goes straight to that
 * control's owner from the Statement of Applicability.
 */
@Component
class ProjectTaskRouting implements TaskListener {

    private final StatementOfApplicability soa;

    ProjectTaskRouting(@Lazy StatementOfApplicability soa) {
        this.soa = soa;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!(task.getVariable(PROJECT_ID) instanceof Number projectId)) {
            return;
        }
        List<IdentityLink> candidates = List.copyOf(task.getCandidates());
        for (IdentityLink link : candidates) {
            if (link.getGroupId() == null) {
                continue;
            }
            Role.ofGroupId(link.getGroupId()).ifPresent(role -> {
                task.deleteCandidateGroup(link.getGroupId());
                task.addCandidateGroup(ProjectGroups.groupId(projectId.longValue(), role));
                if (role == Role.CONTROL_OWNER && task.getAssignee() == null
                        && task.getVariable(CONTROL_KEY) instanceof String controlKey) {
                    task.setAssignee(soa.line(projectId.longValue(), controlKey).owner());
                }
            });
        }
    }
}
