package org.certflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.certflow.demo.ProjectWorker;
import org.certflow.project.ImplementationStatus;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.DemoUsers;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The two journeys a new user tries first, in headless Debian Chromium against the running application. */
@SpringTest
@Tag("browser")
class CertificationInBrowserTest {

    @Autowired
    ProjectService projects;
    @Autowired
    StatementOfApplicability soa;
    @Autowired
    ProjectWorker worker;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    @RegisterExtension
    final Browser browser = new Browser();
    private final Fields fields = new Fields(browser);

    @Test
    void project_manager_creates_a_dual_standard_project_in_the_wizard_and_its_page_links_the_features() {
        String name = "Browser project " + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("pia", DemoUsers.PASSWORD);
        browser.open("projects/new");
        fields.type("#project-name input", name);
        fields.type("#project-organisation input", "Browser Test Ltd");
        fields.choose("project-standards", "ISO 27001 + ISO 42001");
        browser.click(By.id("create-project"));
        assertThat(fields.errorAt(By.id("project-scope"))).contains("Describe the scope");
        browser.screenshot("wizard-refused");
        assertThat(projects.visibleTo("pia")).noneMatch(p -> p.name().equals(name));

        fields.type("#project-scope textarea", "The whole company.");
        for (String role : List.of("controlOwner", "riskOwner", "aiGovernanceLead", "incidentManager",
                "internalAuditor", "executive")) {
            pickPerson(role, firstEligible(role));
        }
        browser.screenshot("wizard-filled");
        browser.click(By.id("create-project"));
        browser.await(d -> d.getCurrentUrl().matches(".*/projects/\\d+$"));
        browser.scrolledTo(By.xpath("//h2[contains(., '" + name + "')]"));
        browser.screenshot("project-created");

        Project created = projects.visibleTo("pia").stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/projects/" + created.id());
        assertThat(worker.open(created.id(), "Task_DescribeScopeAndContext")).hasSize(1);

        long id = created.id();
        assertThat(browser.driver().findElements(By.cssSelector(".project-page-links a")))
                .extracting(link -> link.getDomAttribute("href")).containsExactly("risks/" + id,
                        "incidents?project=" + id, "audits/" + id, "management-reviews?project=" + id,
                        "certification/" + id);
        browser.click(By.cssSelector(".project-page-links a[href='certification/" + id + "']"));
        browser.await(d -> d.getCurrentUrl().endsWith("/certification/" + id));
        browser.scrolledTo(By.xpath("//h2[contains(., 'Certification: " + name + "')]"));
    }

    @Test
    void control_owner_completes_an_implementation_task_through_its_form() {
        browser.signIn("colin", DemoUsers.PASSWORD);
        By implementControl = By.xpath(
                "//vaadin-grid-cell-content[starts-with(normalize-space(.), 'Implement control: ')]");
        browser.awaitVisible(implementControl);
        browser.click(implementControl);
        browser.await(d -> d.getCurrentUrl().contains("/tasks/"));
        String taskId = browser.driver().getCurrentUrl().replaceAll(".*/tasks/", "");
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        long projectId = Long.parseLong(runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
        String controlKey = (String) tasks.getVariable(taskId, "controlKey");

        fields.type("[data-key='implementationNotes'] textarea",
                "Policy approved by the board, published on the intranet.");
        fields.clickButton("Complete");
        assertThat(fields.errorAt(By.cssSelector("[data-key='evidenceReference']"))).isNotBlank();
        browser.screenshot("task-form-refused");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("still open after the refusal").isEqualTo(1);

        fields.type("[data-key='evidenceReference'] input", "Intranet/Policies/Information security policy v1.1");
        fields.clickButton("Complete");
        browser.await(d -> !d.getCurrentUrl().contains("/tasks/"));
        browser.screenshot("task-list-after-completion");

        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(soa.line(projectId, controlKey).status()).isEqualTo(ImplementationStatus.IN_REVIEW);
        assertThat(soa.line(projectId, controlKey).evidence()).contains("Information security policy v1.1");
    }




    private void pickPerson(String role, String displayName) {
        WebElement input = browser.scrolledTo(By.cssSelector("#role-" + role + " input"));
        input.sendKeys(displayName);
        browser.await(d -> !d.findElements(By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + displayName
                + "'] | //vaadin-multi-select-combo-box-item[normalize-space(.)='" + displayName + "']")).isEmpty());
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.ESCAPE);
    }

    private String firstEligible(String role) {
        return switch (role) {
            case "controlOwner" -> "Colin Ortega";
            case "riskOwner" -> "Rita Rossi";
            case "aiGovernanceLead" -> "Aiden Ito";
            case "incidentManager" -> "Ivan Iqbal";
            case "internalAuditor" -> "Aude Auclair";
            default -> "Eva Eriksen";
        };
    }

}
