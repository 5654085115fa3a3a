package org.certflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.shared.HeadlineFigure;
import org.certflow.shared.HeadlineFigure.State;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the risk register shows on the project's page. */
@SpringTest
class RiskHeadlinesTest extends RiskTestSupport {

    @Autowired
    RiskHeadlines headlines;

    @Test
    void a_27001_project_shows_its_risks_the_unaccepted_ones_above_the_appetite_and_overdue_reviews_but_no_ai() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        add(project, risk("Customer data leak", "Web shop", 4, 4, 3, 4, RISK_OWNER));
        add(project, risk("Wrong prices published", "Web shop", 2, 3, 2, 2, RISK_OWNER));

        assertThat(headlines.of(project.id())).containsExactly(
                new HeadlineFigure("Risks in the register", "2", State.OK),
                new HeadlineFigure("Above the appetite, awaiting acceptance", "1", State.ATTENTION),
                new HeadlineFigure("Reviews overdue", "0", State.OK));

        later(Duration.ofDays(40));
        assertThat(headlines.of(project.id())).contains(new HeadlineFigure("Reviews overdue", "2", State.ALARM));
    }

    @Test
    void a_42001_project_with_an_empty_register_needs_attention_and_counts_its_assessed_ai_systems() {
        Project project = newProject(StandardsScope.BOTH);

        assertThat(headlines.of(project.id())).containsExactly(
                new HeadlineFigure("Risks in the register", "0", State.ATTENTION),
                new HeadlineFigure("Above the appetite, awaiting acceptance", "0", State.OK),
                new HeadlineFigure("Reviews overdue", "0", State.OK),
                new HeadlineFigure("AI systems with a current impact assessment", "None listed", State.ATTENTION));

        aiSystems.add(project.id(), new AiSystemInput("Support chatbot", "Answers customers", AiSystemRole.PROVIDER),
                AI_LEAD);
        assertThat(headlines.of(project.id())).last().isEqualTo(
                new HeadlineFigure("AI systems with a current impact assessment", "0 of 1", State.ATTENTION));
    }
}
