package org.certflow.tasklist;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.project.StandardsScope;
import org.certflow.security.Role;
import org.certflow.test_support.NewProjectBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Projects for the task list's tests, run by the test models in {@code src/test/resources/tasklist/}. Registered
 * on a test class ({@code @RegisterExtension static}), it deploys the models before the class's tests and
 * undeploys them afterwards: they take the keys of the real processes, and other tests in the same context must get
 * the real ones back.
 */
final class TasklistTestProjects implements BeforeAllCallback, AfterAllCallback {

    private RepositoryService repository;
    private ProjectService projects;
    private TaskService tasks;
    private String deploymentId;

    @Override
    public void beforeAll(ExtensionContext context) {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        repository = spring.getBean(RepositoryService.class);
        projects = spring.getBean(ProjectService.class);
        tasks = spring.getBean(TaskService.class);
        var deployment = repository.createDeployment().name("tasklist-test");
        for (String resource : new String[] {"CertificationProjectProcess.bpmn", "GapAnalysisProcess.bpmn",
                "TasklistTestPlan.form", "TasklistTestReview.form", "TasklistTestApprove.form"}) {
            deployment.addClasspathResource("tasklist/" + resource);
        }
        deploymentId = deployment.deploy().getId();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        repository.deleteDeployment(deploymentId, true);
    }

    /** An ISO 27001 project run by pia, with these control owners; eva is the executive. */
    Project create(String... controlOwners) {
        return projects.create(NewProjectBuilder.aProject().uniqueName("Task list test")
                .standards(StandardsScope.ISO27001_ONLY).people(Role.CONTROL_OWNER, controlOwners).build(), "pia");
    }

    /** The project's open task of this BPMN id, in the project process or a phase it called. */
    Task task(Project project, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(project.id()))
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }
}
