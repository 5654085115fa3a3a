package org.certflow.project.process;

import static org.certflow.project.process.ProcessVariables.PHASE_DUE_DATE;
import static org.certflow.project.process.ProcessVariables.projectId;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.certflow.project.PhasePlan;
import org.certflow.project.ProjectService;
import org.springframework.stereotype.Component;

/**
 * "Record phase start" of every phase process: the phase's actual start goes into the project's plan, and the
 * end of its planned due day becomes {@code phaseDueDate}, the due date of the phase's user tasks.
 */
@Component
class RecordPhaseStartDelegate implements JavaDelegate {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final ProjectService projects;

    RecordPhaseStartDelegate(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PhasePlan phase = projects.phaseStarted(projectId(execution), PhaseOfExecution.of(execution));
        execution.setVariable(PHASE_DUE_DATE,
                Date.from(phase.plannedDue().atTime(END_OF_DAY).atZone(ZoneId.systemDefault()).toInstant()));
    }
}
