package org.certflow.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.security.Role;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.test_support.ProjectTestSupport;
import org.certflow.test_support.ReadyForStageOne;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the certification tests share: a real project with the demo people, {@link ReadyForStageOne} to make it
 * ready on the records the readiness checks read, and completing tasks through the task list, so the forms' rules
 * apply as they do for a user.
 */
public abstract class CertificationTestSupport extends ProjectTestSupport {

    @Autowired
    protected DocumentedInformationRegister register;
    @Autowired
    protected ReadyForStageOne ready;

    protected Project newProject(StandardsScope standards) {
        return newProject(standards, Set.of(AUDITOR));
    }

    /** The same, with these internal auditors. */
    protected Project newProject(StandardsScope standards, Set<String> internalAuditors) {
        return create(aProject().standards(standards).people(Role.INTERNAL_AUDITOR, internalAuditors));
    }

    /** Completes the task through the task list as this person; it must succeed. */
    protected void complete(String user, Task task, Object... keysAndValues) {
        TaskOutcome outcome = attempt(user, task, keysAndValues);
        assertThat(outcome.isDone()).as(outcome.message() + " " + outcome.fieldErrors()).isTrue();
    }
}
