package org.certflow.project.process;

import static org.certflow.project.process.ProcessVariables.INCLUDES_27001;
import static org.certflow.project.process.ProcessVariables.INCLUDES_42001;
import static org.certflow.project.process.ProcessVariables.PROJECT_ID;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.certflow.catalog.Standard;
import org.certflow.demo.DemoAnswers;
import org.certflow.project.Phase;
import org.certflow.project.Project;
import org.certflow.project.SoaLine;
import org.certflow.project.StandardsScope;
import org.certflow.test_support.ProjectTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the process tests share: a real project with the demo people, its phase processes, and completing tasks as a
 * signed-in person, the way the task list and /engine-rest do.
 */
abstract class ProcessTestSupport extends ProjectTestSupport {

    @Autowired
    DemoAnswers answers;

    /** A new project with the demo people; creating it starts its certification process. */
    Project newProject(StandardsScope standards) {
        return create(aProject().standards(standards));
    }

    /** Starts a phase process on its own, for the project, the way the certification process calls it. */
    ProcessInstance startPhase(Phase phase, Project project) {
        return runtime.startProcessInstanceByKey(phase.processKey(), String.valueOf(project.id()),
                Map.of(PROJECT_ID, project.id(), INCLUDES_27001, project.includes(Standard.ISO27001),
                        INCLUDES_42001, project.includes(Standard.ISO42001)));
    }

    /**
     * Completes the task as this person, signed in with their project groups, with the demo answers to its form
     * under the given variables: the engine holds every completion to the task's form. A variable given as null
     * leaves out that answer.
     */
    void completeAs(String user, Task task, Map<String, Object> variables) {
        Map<String, Object> entries = new HashMap<>(answers.forTask(task.getTaskDefinitionKey()));
        entries.putAll(variables);
        completeSignedIn(user, task, entries);
    }

    void completeAs(String user, ProcessInstance pi, String taskDefinitionKey, Object... keysAndValues) {
        completeAs(user, task(pi, taskDefinitionKey), values(keysAndValues));
    }

    /** Makes these controls applicable (owned by the given owners in turn) and every other one not applicable. */
    void decideApplicability(Project project, List<String> applicable, String... owners) {
        for (SoaLine line : soa.lines(project.id())) {
            int index = applicable.indexOf(line.controlKey());
            if (index >= 0) {
                soa.decide(line.id(), true, "Needed for the platform", owners[index % owners.length]);
            } else {
                soa.decide(line.id(), false, "Not relevant to the scope", null);
            }
        }
    }

    /** The end of the planned due day of the phase: every user task of the phase is due then. */
    Date plannedDue(Project project, Phase phase) {
        return Date.from(projects.get(project.id()).phase(phase).plannedDue().atTime(LocalTime.of(23, 59, 59))
                .atZone(ZoneId.systemDefault()).toInstant());
    }
}
