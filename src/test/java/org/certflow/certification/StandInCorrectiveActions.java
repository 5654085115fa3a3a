package org.certflow.certification;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Deploys a stand-in CorrectiveActionProcess (src/test/resources/certification/) for one test class and removes it
 * afterwards: the real one belongs to the audit feature, and once it is deployed the stand-in must not shadow it
 * for other tests.
 */
class StandInCorrectiveActions implements BeforeAllCallback, AfterAllCallback {

    private String deploymentId;

    @Override
    public void beforeAll(ExtensionContext context) {
        deploymentId = repository(context).createDeployment().name("certification feature stand-ins")
                .addClasspathResource("certification/CorrectiveActionProcess.bpmn").deploy().getId();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        repository(context).deleteDeployment(deploymentId, true);
    }

    private static RepositoryService repository(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(RepositoryService.class);
    }
}
