package org.certflow.project.process;

import static org.certflow.project.process.ProcessVariables.APPROVE;
import static org.certflow.project.process.ProcessVariables.projectId;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.project.ProjectService;
import org.certflow.project.ProjectStatus;
import org.certflow.shared.CompletionRefusedException;
import org.springframework.stereotype.Component;

/**
 * Completion check of the audit and certification gate: sending the phase back means another certification audit,
 * which a certified project does not need, as its surveillance audits follow on their own.
 */
@Component
class CertifiedProjectGateCheck implements TaskListener {

    private final ProjectService projects;

    CertifiedProjectGateCheck(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean sentBack = !APPROVE.equals(task.getVariable(DecisionKeys.of(task.getTaskDefinitionKey()).decision()));
        if (sentBack && projects.get(projectId(task)).status() == ProjectStatus.CERTIFIED) {
            throw new CompletionRefusedException("The project is certified: its surveillance audits follow on their "
                    + "own, so there is no other certification audit to send it back to. Approve to close the phase.");
        }
    }
}
