package org.certflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** "Review now": who may ask for a review, of which risks, and when nothing is started. */
@SpringTest
class OnDemandReviewTest extends RiskTestSupport {

    @Test
    void a_review_asked_for_covers_the_chosen_risks_of_the_project_only() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Project other = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        Risk elsewhere = add(other, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));

        ReviewRound round = reviews.startOnDemand(project.id(), List.of(leak.id(), elsewhere.id()), OTHER_RISK_OWNER)
                .orElseThrow();

        assertThat(round.riskIds()).containsExactly(leak.id());
        assertThat(round.cause()).isEqualTo(ReviewCause.ON_DEMAND);
        assertThat(round.reason()).isEqualTo("Review asked for by Sam Serra");
        assertThat(reviews.underReview(other.id())).isEmpty();
        assertThat(register.history(elsewhere.id())).extracting(RiskHistoryEntry::kind)
                .containsExactly(RiskHistoryKind.IDENTIFIED);
    }

    @Test
    void nothing_is_started_when_every_chosen_risk_is_under_review_or_of_another_project() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Project other = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        Risk elsewhere = add(other, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        reviews.startOnDemand(project.id(), List.of(leak.id()), PROJECT_MANAGER).orElseThrow();

        assertThat(reviews.startOnDemand(project.id(), List.of(leak.id()), PROJECT_MANAGER)).isEmpty();
        assertThat(reviews.startOnDemand(project.id(), List.of(elsewhere.id()), PROJECT_MANAGER)).isEmpty();
        assertThat(reviews.startOnDemand(project.id(), List.of(), PROJECT_MANAGER)).isEmpty();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(project.id()))
                .taskDefinitionKey("Task_ReviewRisk").count()).isEqualTo(1);
        assertThat(reviews.underReview(other.id())).isEmpty();
    }

    @Test
    void only_the_projects_risk_owners_and_project_managers_ask_for_a_review() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));

        for (String someoneElse : List.of(EXECUTIVE, "colin", "ivan")) {
            assertThatThrownBy(() -> reviews.startOnDemand(project.id(), List.of(leak.id()), someoneElse))
                    .as(someoneElse).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(reviews.underReview(project.id())).isEmpty();
        assertThat(register.history(leak.id())).extracting(RiskHistoryEntry::kind)
                .containsExactly(RiskHistoryKind.IDENTIFIED);
    }
}
