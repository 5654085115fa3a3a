package org.certflow.project.process;

import static org.certflow.project.process.ProcessVariables.projectId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.project.ProjectService;
import org.springframework.stereotype.Component;

/** "Record phase completion" of every phase process, after its gate: the phase's actual end goes into the plan. */
@Component
class RecordPhaseCompletionDelegate implements JavaDelegate {

    private final ProjectService projects;

    RecordPhaseCompletionDelegate(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.phaseEnded(projectId(execution), PhaseOfExecution.of(execution));
    }
}
