package org.certflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.incident.IncidentReportBuilder.aReport;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.certflow.incident.Incident;
import org.certflow.incident.IncidentStatus;
import org.certflow.incident.Incidents;
import org.certflow.incident.Severity;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.DemoUsers;
import org.certflow.security.People;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** A control owner reports an incident; the incident manager triages it from the task list. */
@SpringTest
@Tag("browser")
class IncidentInBrowserTest {

    private static final String PROJECT = "Northwind AI platform certification";
    private static final String ISO_27001_ONLY = "Northwind Retail ISMS";
    private static final String ISO_42001 = "Northwind Labs assistant AIMS";

    @Autowired
    Incidents incidents;
    @Autowired
    ProjectService projects;
    @Autowired
    People people;

    @RegisterExtension
    final Browser browser = new Browser();
    private final Fields fields = new Fields(browser);

    @Test
    void a_control_owner_reports_an_incident_and_the_incident_manager_triages_it_in_the_task_list() {
        String summary = "Scoring API keys found in a public repository "
                + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("colin", DemoUsers.PASSWORD);
        browser.open("incidents");
        browser.click(By.id("new-incident"));
        browser.await(d -> d.getCurrentUrl().contains("/incidents/report"));
        browser.click(By.id("report-incident"));
        assertThat(fields.errorAt(By.id("incident-summary"))).isEqualTo("Say in one line what happened.");
        assertThat(fields.errorAt(By.id("incident-confidentiality")))
                .startsWith("Choose the impact on confidentiality");
        browser.screenshot("incident-report-refused");
        assertThat(incidents.page("colin", null, Pageable.unpaged()))
                .noneMatch(i -> i.summary().equals(summary));

        fields.pick("incident-project", PROJECT);
        fields.type("#incident-summary input", summary);
        fields.type("#incident-description textarea", "A developer pushed the .env file with the production keys.");
        fields.type("#incident-affectedSystems input", "Scoring API, GitHub organisation");
        fields.choose("incident-confidentiality", "High");
        fields.choose("incident-integrity", "None");
        fields.choose("incident-availability", "None");
        browser.screenshot("incident-report-filled");
        browser.click(By.id("report-incident"));
        browser.await(d -> d.getCurrentUrl().matches(".*/incidents/\\d+$"));
        browser.scrolledTo(By.xpath("//h2[normalize-space(.)='" + summary + "']"));
        browser.screenshot("incident-reported");
        Incident reported = incidents.get(Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/", "")));
        assertThat(reported.summary()).isEqualTo(summary);
        assertThat(reported.reportedBy()).isEqualTo("colin");
        assertThat(reported.proposedSeverity()).isEqualTo(Severity.HIGH);

        browser.signIn("ivan", DemoUsers.PASSWORD);
        By triage = By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Triage incident: " + summary + "']");
        browser.awaitVisible(triage);
        browser.click(triage);
        browser.await(d -> d.getCurrentUrl().contains("/tasks/"));
        browser.scrolledTo(By.xpath("//*[contains(@class, 'incident-card')]//*[contains(., '" + summary + "')]"));
        fields.choose("triageIncidentDecision", "Set another severity");
        fields.choose("triageIncidentSeverity", "Major");
        fields.clickButton("Complete");
        WebElement notice = browser.scrolledTo(By.cssSelector(".task-notice"));
        browser.await(d -> notice.getText().startsWith("Give a reason"));
        browser.screenshot("incident-triage-refused");

        fields.type("[data-key='triageIncidentReason'] textarea", "The keys give write access to the scoring models.");
        fields.clickButton("Complete");
        browser.await(d -> !d.getCurrentUrl().contains("/tasks/"));
        browser.screenshot("incident-triaged");

        Incident triaged = incidents.get(reported.id());
        assertThat(triaged.status()).isEqualTo(IncidentStatus.TRIAGED);
        assertThat(triaged.confirmedSeverity()).contains(Severity.MAJOR);
        assertThat(triaged.severityReason()).isEqualTo("The keys give write access to the scoring models.");
        assertThat(triaged.timeline()).anyMatch(step -> "ivan".equals(step.actor()));

        browser.open("incidents");
        browser.awaitVisible(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + summary + "']"));
        browser.screenshot("incident-list");
    }

    @Test
    void the_report_page_says_plainly_when_there_is_no_project_and_asks_about_ai_only_with_iso_42001_in_scope() {
        String newcomer = "nina" + UUID.randomUUID().toString().substring(0, 8);
        people.createUser(newcomer, "Nina", "New", newcomer + "@test.certflow.org", DemoUsers.PASSWORD);
        browser.signIn(newcomer, DemoUsers.PASSWORD);
        browser.open("incidents");
        browser.click(By.id("new-incident"));
        assertThat(browser.scrolledTo(By.id("no-project-to-report")).getText()).startsWith("You cannot report an "
                + "incident here: incidents are reported in a certification project, and you are not named in any "
                + "project yet.");
        assertThat(browser.all(By.id("report-incident"))).isEmpty();
        browser.screenshot("incident-report-without-project");

        browser.signIn("sam", DemoUsers.PASSWORD);
        browser.open("incidents/report?project=" + projects.findByName(ISO_27001_ONLY).orElseThrow().id());
        browser.scrolledTo(By.id("incident-summary"));
        assertThat(browser.all(By.id("incident-involvesAi"))).noneMatch(WebElement::isDisplayed);
        browser.screenshot("incident-report-iso-27001-only");
        fields.pick("incident-project", ISO_42001);
        browser.await(d -> d.findElements(By.id("incident-involvesAi")).stream().anyMatch(WebElement::isDisplayed));
        browser.screenshot("incident-report-iso-42001");
    }

    @Test
    void the_incident_list_marks_a_major_incident_not_triaged_within_four_hours_as_late() {
        Project retail = projects.findByName(ISO_27001_ONLY).orElseThrow();
        String suffix = " " + UUID.randomUUID().toString().substring(0, 8);
        String late = "Checkout script changed without a change ticket" + suffix;
        String recent = "Courier portal password sent by e-mail" + suffix;
        ClockUtil.setCurrentTime(Date.from(EngineClock.now().minus(Duration.ofHours(6))));
        try {
            incidents.report(aReport(retail.id()).major().summary(late).build(), "sam");
        } finally {
            ClockUtil.reset();
        }
        incidents.report(aReport(retail.id()).major().summary(recent).build(), "sam");

        browser.signIn("pia", DemoUsers.PASSWORD);
        browser.open("incidents?project=" + retail.id());
        By list = By.cssSelector(".incident-list-view vaadin-grid");
        List<String> breached = browser.gridRow(list, late);
        browser.screenshot("incident-list-triage-late");
        assertThat(breached).startsWith(late, retail.name(), Severity.MAJOR.label(), IncidentStatus.REPORTED.label())
                .endsWith("Triage late");
        assertThat(breached.get(5)).as("age").startsWith("6 h ");
        assertThat(browser.gridRow(list, recent)).endsWith("On time");
    }





}
