package org.certflow.project;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Deploys small stand-ins for the certification models (src/test/resources/projectui/) for one test class and
 * removes them afterwards, so the real models, where deployed, are the latest versions again for other tests.
 */
class StandInProcesses implements BeforeAllCallback, AfterAllCallback {

    private static final String[] MODELS = {"CertificationProjectProcess", "GapAnalysisProcess",
            "PolicyAndFrameworkProcess"};

    private String deploymentId;

    @Override
    public void beforeAll(ExtensionContext context) {
        var deployment = repository(context).createDeployment().name("project feature stand-ins");
        for (String model : MODELS) {
            deployment.addClasspathResource("projectui/" + model + ".bpmn");
        }
        deploymentId = deployment.deploy().getId();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        repository(context).deleteDeployment(deploymentId, true);
    }

    private static RepositoryService repository(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(RepositoryService.class);
    }
}
