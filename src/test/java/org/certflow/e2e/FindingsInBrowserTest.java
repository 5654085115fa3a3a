package org.certflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.certflow.audit.Audit;
import org.certflow.audit.AuditTestSupport;
import org.certflow.audit.Finding;
import org.certflow.audit.FindingGrade;
import org.certflow.project.Project;
import org.certflow.security.DemoUsers;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Six weeks after an internal audit, its major nonconformity's corrective action is overdue: the project manager
 * sees it marked on the findings page and finds it with the "Overdue" filter, and the auditor sees it on the audit's
 * page.
 */
@SpringTest
@Tag("browser")
class FindingsInBrowserTest extends AuditTestSupport {

    private static final By FINDINGS = By.cssSelector(".findings-view .findings-grid");
    private static final By AUDIT_FINDINGS = By.cssSelector(".audit-view .findings-grid");
    private static final String MAJOR = "Models go live without the validation report the AI policy asks for.";
    private static final String MINOR = "Two of five audits of the last year had no written audit plan.";
    private static final String OBSERVATION = "Monitoring results are kept in three spreadsheets.";


    @RegisterExtension
    final Browser browser = new Browser();
    private final Fields fields = new Fields(browser);

    @Test
    void an_overdue_corrective_action_is_marked_on_the_findings_page_and_on_the_audits_page() {
        ClockUtil.setCurrentTime(Date.from(EngineClock.now().minus(Duration.ofDays(45))));
        Project project = newProject();
        Audit audit = plan(project, AUDITOR, Set.of("9"), Set.of("ISO42001:A.6.2.4"));
        Finding major = raise(audit, "ISO42001:A.6.2.4", FindingGrade.MAJOR_NONCONFORMITY, MAJOR,
                OTHER_CONTROL_OWNER);
        Finding minor = raise(audit, "clause:9.2.2", FindingGrade.MINOR_NONCONFORMITY, MINOR, PROJECT_MANAGER);
        Finding observation = raise(audit, "clause:9.1", FindingGrade.OBSERVATION, OBSERVATION, null);
        later(Duration.ofDays(5));
        complete(OTHER_CONTROL_OWNER, task(major.processInstanceId(), "Task_AnalyseRootCause"), "rootCause",
                "The release checklist does not ask for the validation report.");
        ClockUtil.reset();
        Job overdue = management.createJobQuery().processInstanceId(major.processInstanceId()).timers()
                .activityId("BoundaryEvent_ActionOverdue").executable().singleResult();
        management.executeJob(overdue.getId());

        browser.signIn(PROJECT_MANAGER, DemoUsers.PASSWORD);
        browser.open("audits/" + project.id() + "/findings");
        browser.await(d -> browser.gridRows(FINDINGS).size() == 3);
        browser.screenshot("findings-all");
        assertThat(browser.gridRows(FINDINGS)).containsExactly(
                List.of(major.reference(), "Major nonconformity", "ISO 42001 A.6.2.4", MAJOR,
                        people.displayName(OTHER_CONTROL_OWNER), "Open", Dates.day(major.dueDate()) + " Overdue"),
                List.of(minor.reference(), "Minor nonconformity", "Clause 9.2.2", MINOR,
                        people.displayName(PROJECT_MANAGER), "Open", Dates.day(minor.dueDate())),
                List.of(observation.reference(), "Observation", "Clause 9.1", OBSERVATION, Dates.NONE, "Noted",
                        Dates.NONE));

        fields.select("findings-scope", "Overdue");
        browser.await(d -> browser.gridRows(FINDINGS).size() == 1);
        assertThat(browser.gridRows(FINDINGS).get(0)).startsWith(major.reference())
                .endsWith(Dates.day(major.dueDate()) + " Overdue");
        browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + MAJOR + "']"));
        String details = browser.awaitVisible(By.cssSelector(".findings-view .finding-details")).getText();
        assertThat(details).contains("The release checklist does not ask for the validation report.")
                .contains("Overdue: action not implemented by the due date · CertFlow");
        browser.screenshot("findings-overdue");

        browser.signIn(AUDITOR, DemoUsers.PASSWORD);
        browser.open("audits/audit/" + audit.id());
        assertThat(browser.gridRow(AUDIT_FINDINGS, MAJOR)).containsExactly(major.reference(), "Major nonconformity",
                "ISO 42001 A.6.2.4", MAJOR, people.displayName(OTHER_CONTROL_OWNER), "Open",
                Dates.day(major.dueDate()) + " Overdue");
        assertThat(browser.gridRow(AUDIT_FINDINGS, MINOR)).doesNotContain(Dates.day(minor.dueDate()) + " Overdue");
        browser.screenshot("audit-findings");
        browser.scrolledTo(By.cssSelector(".audit-view vaadin-grid:not(.findings-grid)"));
        browser.screenshot("audit-results");
    }
}
