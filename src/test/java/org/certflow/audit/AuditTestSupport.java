package org.certflow.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Project;
import org.certflow.project.SoaLine;
import org.certflow.project.StandardsScope;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskOutcome;
import org.certflow.test_support.ProjectTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the audit tests share: a real project with the demo people (and Tess, an internal auditor who is also a
 * control owner and risk owner), audits planned and worked through the services, and tasks completed through the
 * task list as their people.
 */
public abstract class AuditTestSupport extends ProjectTestSupport {

    /** Internal auditor, control owner and risk owner at once: the independence rule's test person. */
    public static final String TESS = "tess";

    @Autowired
    protected AuditProgramme programme;
    @Autowired
    protected AuditExecution execution;
    @Autowired
    protected Findings findings;
    @Autowired
    protected People people;

    @BeforeEach
    void addTess() {
        if (people.find(TESS).isEmpty()) {
            people.createUser(TESS, "Tess", "Tester", "tess@test.certflow.org", "test");
            List.of(Role.INTERNAL_AUDITOR, Role.CONTROL_OWNER, Role.RISK_OWNER)
                    .forEach(role -> people.addToGroup(TESS, role.groupId()));
        }
    }

    /** An ISO 42001 project whose SoA makes these controls applicable, owned by the given people in turn. */
    protected Project newProject(Map<String, String> applicableControls) {
        return newProject(applicableControls, Set.of(AUDITOR, TESS));
    }

    /** The same, with these internal auditors. */
    protected Project newProject(Map<String, String> applicableControls, Set<String> internalAuditors) {
        Project project = create(aProject().standards(StandardsScope.ISO42001_ONLY)
                .people(Role.CONTROL_OWNER, CONTROL_OWNER, OTHER_CONTROL_OWNER, TESS)
                .people(Role.RISK_OWNER, RISK_OWNER, TESS).people(Role.INTERNAL_AUDITOR, internalAuditors));
        for (SoaLine line : soa.lines(project.id())) {
            String owner = applicableControls.get(line.controlKey());
            if (owner != null) {
                soa.decide(line.id(), true, "Needed for the assistant", owner);
            }
        }
        return project;
    }

    /** The usual test project: A.2.2 owned by Colin, A.6.2.4 by Carla, A.7.4 by Tess. */
    protected Project newProject() {
        return newProject(Map.of("ISO42001:A.2.2", CONTROL_OWNER, "ISO42001:A.6.2.4", OTHER_CONTROL_OWNER,
                "ISO42001:A.7.4", TESS));
    }

    protected Audit plan(Project project, String auditor, Set<String> clauses, Set<String> controls) {
        return programme.plan(new AuditPlan(project.id(), "Audit " + System.nanoTime(),
                EngineClock.today().plusDays(7), auditor, clauses, controls), PROJECT_MANAGER);
    }

    /** Records every requirement of the audit's scope as conforming but those given. */
    protected void recordAllConformingBut(Audit audit, Map<String, Conformity> others) {
        for (AuditResult result : audit.results()) {
            execution.recordResult(audit.id(), result.requirement(),
                    others.getOrDefault(result.requirement(), Conformity.CONFORMING), null, audit.auditor());
        }
    }

    protected Finding raise(Audit audit, String requirement, FindingGrade grade, String owner) {
        return raise(audit, requirement, grade, "Found: " + grade.label(), owner);
    }

    /** The auditor records the finding; a nonconformity is due by the usual time of its grade. */
    protected Finding raise(Audit audit, String requirement, FindingGrade grade, String description, String owner) {
        return execution.recordFinding(audit.id(), new NewFinding(requirement, grade, description, owner,
                grade.isNonconformity() ? grade.proposedDueDate(EngineClock.today()) : null), audit.auditor());
    }

    /** The one open task with this BPMN id of the process instance. */
    protected Task task(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult();
    }

    /** The task's candidate groups (camunda-bpm-assert looks for them on unassigned tasks only). */
    protected List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).toList();
    }

    /** Completes the task through the task list, as the user, with these form values. */
    protected TaskOutcome complete(String user, Task task, Object... keysAndValues) {
        return attempt(user, task, keysAndValues);
    }

    protected static Set<String> none() {
        return Set.of();
    }
}
