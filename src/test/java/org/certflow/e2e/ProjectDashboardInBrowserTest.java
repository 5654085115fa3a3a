package org.certflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.DemoUsers;
import org.certflow.shared.Dates;
import org.certflow.shared.HeadlineFigure;
import org.certflow.shared.ui.ProjectDashboardCard;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The project manager opens a demo project's page: below the controls, one card per feature with its headline
 * figures and their state in words, as the features compute them, titled with the link to the feature's page.
 */
@SpringTest
@Tag("browser")
class ProjectDashboardInBrowserTest {

    private static final String LABS = "Northwind Labs assistant AIMS";
    private static final String AI_PLATFORM = "Northwind AI platform certification";
    private static final List<String> TITLES = List.of("Risks", "Incidents", "Audits and findings",
            "Management reviews", "Certification");

    @Autowired
    ProjectService projects;
    @Autowired
    List<ProjectDashboardCard> cards;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_labs_page_shows_their_risks_audit_and_the_overdue_action_of_their_management_review() {
        Project labs = projects.findByName(LABS).orElseThrow();

        List<List<String>> shown = open(labs, "project-dashboard-labs");

        assertThat(shown).isEqualTo(computed(labs));
        assertThat(shown.get(0)).contains("Risks in the register | 3 | OK",
                "AI systems with a current impact assessment | 1 of 1 | OK");
        assertThat(shown.get(1)).contains("Open major incidents | 0 | OK");
        assertThat(shown.get(2)).contains("Audits completed | 0 of 1 | OK");
        assertThat(shown.get(3)).contains("Last review completed | " + Dates.day(LocalDate.now().minusDays(14))
                + " | OK", "Review actions overdue | 1 | Act now");
        assertThat(shown.get(4)).contains("Certification audit | Not started | OK");
        long id = labs.id();
        List<String> pages = List.of("risks/" + id, "incidents?project=" + id, "audits/" + id,
                "management-reviews?project=" + id, "certification/" + id);
        assertThat(browser.all(By.cssSelector(".dashboard-card h4 a"))).extracting(a -> a.getDomAttribute("href"))
                .isEqualTo(pages);
        assertThat(browser.all(By.cssSelector(".project-page-links a"))).extracting(a -> a.getDomAttribute("href"))
                .isEqualTo(pages);
    }

    @Test
    void the_ai_platform_page_shows_what_waits_for_someone() {
        Project platform = projects.findByName(AI_PLATFORM).orElseThrow();

        List<List<String>> shown = open(platform, "project-dashboard-ai-platform");

        assertThat(shown).isEqualTo(computed(platform));
        assertThat(shown.get(0)).contains("AI systems with a current impact assessment | 1 of 2 | Attention");
    }

    /** Opens the project's page as its project manager; each card's title, then its figures as shown. */
    private List<List<String>> open(Project project, String screenshot) {
        browser.signIn("pia", DemoUsers.PASSWORD);
        browser.open("projects/" + project.id());
        browser.scrolledTo(By.cssSelector(".dashboard-cards"));
        browser.screenshot(screenshot);
        @SuppressWarnings("unchecked")
        List<List<String>> cardsShown = (List<List<String>>) browser.script("""
                return [...document.querySelectorAll('.dashboard-card')].map(card => [
                    card.querySelector('h4').textContent.trim(),
                    ...[...card.querySelectorAll('.dashboard-figure')]
                        .map(row => [...row.children].map(cell => cell.textContent.trim()).join(' | '))]);
                """);
        return cardsShown;
    }

    /** What the features compute for the project, in the page's order and words. */
    private List<List<String>> computed(Project project) {
        List<ProjectDashboardCard> ordered = cards.stream()
                .sorted((a, b) -> Integer.compare(a.position(), b.position())).toList();
        List<List<String>> expected = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            List<String> card = new ArrayList<>(List.of(TITLES.get(i)));
            ordered.get(i).figures().apply(project.id()).stream().map(ProjectDashboardInBrowserTest::shown)
                    .forEach(card::add);
            expected.add(card);
        }
        return expected;
    }

    private static String shown(HeadlineFigure figure) {
        return figure.label() + " | " + figure.value() + " | " + figure.state().label();
    }
}
