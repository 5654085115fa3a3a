package org.certflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.risk.Risk;
import org.certflow.risk.RiskMatrix;
import org.certflow.risk.RiskRating;
import org.certflow.risk.RiskRegister;
import org.certflow.risk.process.RiskReviewVariables;
import org.certflow.security.DemoUsers;
import org.certflow.shared.Dates;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The project manager of the demo's retail project adds a risk through the register's dialog, finds it on the heat
 * map, and asks its owner to review it at once.
 */
@SpringTest
@Tag("browser")
class RiskRegisterInBrowserTest {

    private static final String RETAIL = "Northwind Retail ISMS";
    private static final By RISK_GRID = By.cssSelector(".risk-grid vaadin-grid");

    @Autowired
    ProjectService projects;
    @Autowired
    RiskRegister register;
    @Autowired
    RiskMatrix matrix;
    @Autowired
    TaskService tasks;

    @RegisterExtension
    final Browser browser = new Browser();
    private final Fields fields = new Fields(browser);

    @Test
    void the_project_manager_adds_a_risk_finds_it_on_the_heat_map_and_has_its_owner_review_it_now() {
        Project retail = projects.findByName(RETAIL).orElseThrow();
        String title = "Refunds paid twice through the returns API " + UUID.randomUUID().toString().substring(0, 8);
        int inCellBefore = register.heatMap(retail.id(), false)[4 - RiskMatrix.MIN][3 - RiskMatrix.MIN];
        int risksBefore = register.risks(retail.id()).size();

        browser.signIn("pia", DemoUsers.PASSWORD);
        browser.open("risks/" + retail.id());
        browser.scrolledTo(By.cssSelector(".risk-heat-map"));
        browser.screenshot("risk-register");
        browser.click(By.id("add-risk"));
        fields.type("#risk-title input", title);
        fields.type("#risk-asset input", "Online shop returns API");
        fields.select("risk-threat", "Loss of integrity");
        fields.select("risk-owner", "Sam Serra");
        fields.type("#risk-likelihood input", "4");
        fields.type("#risk-impact input", "3");
        fields.type("#risk-residualLikelihood input", "2");
        fields.type("#risk-residualImpact input", "3");
        fields.select("risk-treatment", "Transfer");
        browser.click(By.id("save-risk"));
        assertThat(fields.errorAt(By.id("risk-treatmentPlan")))
                .isEqualTo("Say how the risk is treated (ISO 27001 6.1.3 e).");
        assertThat(browser.all(By.cssSelector(".risk-form > [invalid]"))).hasSize(1);
        browser.screenshot("risk-dialog-refused");
        assertThat(register.risks(retail.id())).hasSize(risksBefore).noneMatch(r -> r.title().equals(title));

        fields.type("#risk-treatmentPlan textarea", "Refunds insured above EUR 500; the payment provider refunds "
                + "each return once.");
        browser.await(d -> browser.all(By.cssSelector(".risk-form > [invalid]")).isEmpty());
        browser.screenshot("risk-dialog-filled");
        browser.click(By.id("save-risk"));
        browser.awaitVisible(By.xpath("//vaadin-notification-card[normalize-space(.)='Risk saved.']"));
        Risk added = register.risks(retail.id()).stream().filter(r -> r.title().equals(title)).findFirst()
                .orElseThrow();
        assertThat(added.owner()).isEqualTo("sam");

        By cell = By.xpath("//div[contains(@class, 'risk-heat-map')][h4[normalize-space(.)='Before treatment']]"
                + "//button[starts-with(@title, 'Likelihood 4 x impact 3:')]");
        browser.await(d -> d.findElement(cell).getText().equals(String.valueOf(inCellBefore + 1)));
        browser.click(cell);
        browser.awaitVisible(By.xpath("//span[normalize-space(.)='Risks rated likelihood 4 x impact 3 before "
                + "treatment']"));
        List<String> row = browser.gridRow(RISK_GRID, title);
        assertThat(row).containsExactly(title, "Online shop returns API", "Loss of integrity", badge(matrix.rate(4, 3)),
                badge(matrix.rate(2, 3)), "Sam Serra", "Transfer", Dates.day(added.nextReview()), "Within appetite");
        assertThat(browser.gridRows(RISK_GRID)).as("only the cell's risks")
                .allMatch(r -> register.risks(retail.id()).stream().anyMatch(risk -> risk.title().equals(r.get(0))
                        && risk.likelihood() == 4 && risk.impact() == 3));
        browser.screenshot("risk-heat-map-cell");

        browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + title + "']"));
        browser.click(By.id("review-risk-now"));
        browser.awaitVisible(By.xpath("//vaadin-notification-card[normalize-space(.)='Review started: Sam Serra has "
                + "the task.']"));
        browser.await(d -> "Under review".equals(browser.gridRow(RISK_GRID, title).get(8)));
        browser.screenshot("risk-under-review");
        Task review = reviewTask(added);
        assertThat(review).as("Task_ReviewRisk of the added risk").isNotNull();
        assertThat(review.getAssignee()).isEqualTo("sam");
    }

    private static String badge(RiskRating rating) {
        return rating.score() + " · " + rating.level().label();
    }

    private Task reviewTask(Risk risk) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(risk.projectId()))
                .taskDefinitionKey("Task_ReviewRisk").list().stream()
                .filter(t -> Long.valueOf(risk.id()).equals(tasks.getVariable(t.getId(), RiskReviewVariables.RISK_ID)))
                .findFirst().orElse(null);
    }
}
