package org.certflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A project's risk criteria: who sets them, within which bounds, and the record of each change. */
@SpringTest
class ProjectRiskSettingsTest extends RiskTestSupport {

    @Autowired
    Decisions decisions;

    @Test
    void a_project_nobody_configured_has_the_defaults_and_no_change_on_record() {
        Project project = newProject(StandardsScope.BOTH);

        RiskSettings criteria = settings.of(project.id());

        assertThat(criteria.reviewInterval()).isEqualTo(ReviewInterval.QUARTERLY);
        assertThat(criteria.riskAppetite()).isEqualTo(6);
        assertThat(criteria.impactAssessmentInterval()).isEqualTo(ReviewInterval.YEARLY);
        assertThat(settings.lastChange(project.id())).isEmpty();
    }

    @Test
    void each_change_is_a_decision_of_the_project_with_who_and_when() {
        Project project = newProject(StandardsScope.BOTH);
        freezeClock();

        settings.change(project.id(), ReviewInterval.HALF_YEARLY, 10, ReviewInterval.YEARLY, EXECUTIVE);
        settings.change(project.id(), ReviewInterval.MONTHLY, 8, ReviewInterval.HALF_YEARLY, PROJECT_MANAGER);

        assertThat(settings.of(project.id())).extracting(RiskSettings::reviewInterval, RiskSettings::riskAppetite,
                RiskSettings::impactAssessmentInterval).containsExactly(ReviewInterval.MONTHLY, 8,
                ReviewInterval.HALF_YEARLY);
        Decision last = settings.lastChange(project.id()).orElseThrow();
        assertThat(last).extracting(Decision::subject, Decision::outcome, Decision::decidedBy, Decision::reason)
                .containsExactly("Risk criteria", "set", PROJECT_MANAGER, "Risks reviewed every month; risk appetite "
                        + "8; AI systems re-assessed every 6 months");
        assertThat(last.decidedAt()).isEqualTo(EngineClock.now());
        assertThat(decisions.of(project.id())).filteredOn(d -> d.subject().equals("Risk criteria"))
                .extracting(Decision::decidedBy).containsExactly(EXECUTIVE, PROJECT_MANAGER);
    }

    @Test
    void an_iso_27001_project_records_no_ai_reassessment_interval() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        settings.change(project.id(), ReviewInterval.QUARTERLY, 9, ReviewInterval.YEARLY, EXECUTIVE);

        assertThat(settings.lastChange(project.id())).get().extracting(Decision::reason)
                .isEqualTo("Risks reviewed every 3 months; risk appetite 9");
    }

    @Test
    void the_appetite_is_a_score_of_the_risk_matrix() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        for (int appetite : new int[] {0, 26}) {
            assertThat(refused(project, ReviewInterval.QUARTERLY, appetite, ReviewInterval.YEARLY))
                    .containsOnlyKeys(ProjectRiskSettings.APPETITE)
                    .containsValue("The appetite is a score of the risk matrix, from 1 to 25.");
        }
        assertThat(settings.change(project.id(), ReviewInterval.QUARTERLY, 1, ReviewInterval.YEARLY, EXECUTIVE)
                .riskAppetite()).isEqualTo(1);
        assertThat(settings.change(project.id(), ReviewInterval.QUARTERLY, 25, ReviewInterval.YEARLY, EXECUTIVE)
                .riskAppetite()).isEqualTo(25);
    }

    @Test
    void the_intervals_are_required() {
        Project project = newProject(StandardsScope.BOTH);

        assertThat(refused(project, null, 6, null)).containsEntry(ProjectRiskSettings.REVIEW_INTERVAL,
                "Choose how often the risks are reviewed.").containsEntry(
                ProjectRiskSettings.IMPACT_ASSESSMENT_INTERVAL, "Choose how often the AI systems are assessed again.")
                .hasSize(2);
    }

    @Test
    void only_the_projects_executives_and_project_managers_set_the_criteria() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        assertThat(settings.mayChange(project.id(), RISK_OWNER)).isFalse();
        assertThatThrownBy(() -> settings.change(project.id(), ReviewInterval.MONTHLY, 12, ReviewInterval.YEARLY,
                RISK_OWNER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.change(newProject(StandardsScope.ISO27001_ONLY).id(),
                ReviewInterval.MONTHLY, 12, ReviewInterval.YEARLY, "edgar")).isInstanceOf(AccessDeniedException.class);
        assertThat(settings.of(project.id()).riskAppetite()).isEqualTo(6);
        assertThat(settings.lastChange(project.id())).isEmpty();
    }

    /** The field errors of refused criteria, after checking that nothing changed or was recorded. */
    private Map<String, String> refused(Project project, ReviewInterval reviews, int appetite,
                                        ReviewInterval reassessments) {
        InvalidRiskException refused = catchThrowableOfType(InvalidRiskException.class,
                () -> settings.change(project.id(), reviews, appetite, reassessments, EXECUTIVE));
        assertThat(refused).as("refused").isNotNull();
        assertThat(settings.of(project.id()).version()).as("nothing saved").isNull();
        assertThat(settings.lastChange(project.id())).isEmpty();
        return refused.fieldErrors();
    }
}
