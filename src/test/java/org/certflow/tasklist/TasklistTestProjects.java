package org.certflow.tasklist;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.NewProject;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.project.StandardsScope;
import org.certflow.project.StartingPoint;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;

/**
 * Projects for the task list's tests, run by the test models in {@code src/test/resources/tasklist/}. Deploy
 * them before creating projects and undeploy them afterwards: they take the keys of the real processes, and
 * other tests in the same context must get the real ones back.
 */
final class TasklistTestProjects {

    private final RepositoryService repository;
    private final ProjectService projects;
    private final TaskService tasks;
    private String deploymentId;

    TasklistTestProjects(RepositoryService repository, ProjectService projects, TaskService tasks) {
        this.repository = repository;
        this.projects = projects;
        this.tasks = tasks;
    }

    void deploy() {
        var deployment = repository.createDeployment().name("tasklist-test");
        for (String resource : new String[] {"CertificationProjectProcess.bpmn", "GapAnalysisProcess.bpmn",
                "TasklistTestPlan.form", "TasklistTestReview.form", "TasklistTestApprove.form"}) {
            deployment.addClasspathResource("tasklist/" + resource);
        }
        deploymentId = deployment.deploy().getId();
    }

    void undeploy() {
        repository.deleteDeployment(deploymentId, true);
    }

    /** A project run by pia, with these control owners; eva is the executive. */
    Project create(String... controlOwners) {
        return projects.create(new NewProject("Task list test " + UUID.randomUUID(), "Acme", StandardsScope.ISO27001_ONLY,
                StartingPoint.NONE, "Head office", EngineClock.today(), null, Map.of(
                        Role.PROJECT_MANAGER, Set.of("pia"), Role.CONTROL_OWNER, Set.of(controlOwners),
                        Role.RISK_OWNER, Set.of("rita"), Role.INCIDENT_MANAGER, Set.of("ivan"),
                        Role.INTERNAL_AUDITOR, Set.of("aude"), Role.EXECUTIVE, Set.of("eva"))), "pia");
    }

    /** The project's open task of this BPMN id, in the project process or a phase it called. */
    Task task(Project project, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(project.id()))
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }
}
