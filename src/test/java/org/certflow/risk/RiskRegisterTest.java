package org.certflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.certflow.project.Project;
import org.certflow.project.SoaLine;
import org.certflow.project.StandardsScope;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@SpringTest
class RiskRegisterTest extends RiskTestSupport {

    @Autowired
    RiskReviewResults results;

    @Test
    void a_risk_is_rated_by_the_risk_matrix_before_and_after_treatment() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        Risk risk = add(project, risk("Customer data leak", "Web shop", 4, 4, 2, 3, RISK_OWNER));

        assertThat(risk.inherent()).isEqualTo(new RiskRating(16, RiskLevel.CRITICAL));
        assertThat(risk.residual()).isEqualTo(new RiskRating(6, RiskLevel.MEDIUM));
        assertThat(risk.controls()).containsExactly(ACCESS_CONTROL);
        assertThat(register.history(risk.id())).singleElement().extracting(RiskHistoryEntry::kind, RiskHistoryEntry::actor)
                .containsExactly(RiskHistoryKind.IDENTIFIED, PROJECT_MANAGER);
    }

    @Test
    void the_owner_must_hold_the_risk_owner_role_in_the_project() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        assertThat(refused(project, risk("Customer data leak", "Web shop", 4, 4, 2, 3, "colin")))
                .containsOnlyKeys(RiskInput.OWNER).containsValue(
                        "The owner must hold the risk owner role in this project: Rita Rossi, Sam Serra.");
    }

    @Test
    void linked_controls_must_be_applicable_controls_of_the_projects_statement_of_applicability() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        SoaLine backup = soa.line(project.id(), "ISO27001:8.13");
        soa.decide(backup.id(), false, "Backups are the hosting provider's", null);
        RiskInput input = withControls(risk("Customer data leak", "Web shop", 4, 4, 2, 3, RISK_OWNER),
                Set.of("ISO27001:8.13", "ISO42001:A.6.2.2", ACCESS_CONTROL));

        assertThat(refused(project, input)).containsOnlyKeys(RiskInput.CONTROLS).containsValue(
                "ISO27001:8.13 is not applicable in this project's Statement of Applicability. "
                        + "ISO42001:A.6.2.2 is not in this project's Statement of Applicability.");
    }

    @Test
    void a_mitigated_risk_names_the_controls_that_treat_it() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        assertThat(refused(project, withControls(risk("Customer data leak", "Web shop", 4, 4, 2, 3, RISK_OWNER),
                Set.of()))).containsOnlyKeys(RiskInput.CONTROLS);
    }

    @Test
    void an_ai_harm_is_about_one_of_the_projects_ai_systems() {
        Project project = newProject(StandardsScope.BOTH);
        aiSystems.add(project.id(), new AiSystemInput("Credit scoring model", "Scores loan applications",
                AiSystemRole.DEVELOPER), AI_LEAD);
        RiskInput bias = new RiskInput("Applicants from some postcodes scored down", "Web shop", RiskThreat.BIAS, 4, 4,
                3, 4, RISK_OWNER, RiskTreatment.MITIGATE, "Fairness tests before each release",
                Set.of(RESPONSIBLE_USE), EngineClock.today().plusMonths(1));

        assertThat(refused(project, bias)).containsOnlyKeys(RiskInput.ASSET)
                .containsValue("An AI harm is about one of the project's AI systems: Credit scoring model.");
        Risk risk = add(project, new RiskInput(bias.title(), "credit SCORING model", bias.threat(), 4, 4, 3, 4,
                RISK_OWNER, bias.treatment(), bias.treatmentPlan(), bias.controls(), bias.nextReview()));
        assertThat(risk.asset()).isEqualTo("credit SCORING model");
    }

    @Test
    void treatment_does_not_make_a_risk_worse_and_ratings_go_from_1_to_5() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        assertThat(refused(project, risk("Customer data leak", "Web shop", 2, 6, 3, 3, RISK_OWNER)))
                .containsOnlyKeys(RiskInput.IMPACT, RiskInput.RESIDUAL_LIKELIHOOD)
                .containsEntry(RiskInput.RESIDUAL_LIKELIHOOD, "Treatment does not make a risk more likely: at most 2.");
    }

    @Test
    void the_next_review_falls_within_the_projects_review_interval() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        RiskInput input = risk("Customer data leak", "Web shop", 4, 4, 2, 3, RISK_OWNER);

        assertThat(refused(project, new RiskInput(input.title(), input.asset(), input.threat(), 4, 4, 2, 3, RISK_OWNER,
                input.treatment(), input.treatmentPlan(), input.controls(), EngineClock.today().plusMonths(4))))
                .containsOnlyKeys(RiskInput.NEXT_REVIEW).containsValue("Risks are reviewed every 3 months in this "
                        + "project: by " + EngineClock.today().plusMonths(3) + " at the latest.");
    }

    @Test
    void only_the_projects_risk_owners_and_project_managers_keep_its_register() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        assertThatThrownBy(() -> register.add(project.id(), risk("Customer data leak", "Web shop", 4, 4, 2, 3,
                RISK_OWNER), EXECUTIVE)).isInstanceOf(AccessDeniedException.class);
        assertThat(register.add(project.id(), risk("Customer data leak", "Web shop", 4, 4, 2, 3, RISK_OWNER),
                OTHER_RISK_OWNER).createdBy()).isEqualTo(OTHER_RISK_OWNER);
    }

    @Test
    void a_change_someone_else_saved_meanwhile_is_not_overwritten() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk risk = add(project, risk("Customer data leak", "Web shop", 4, 4, 2, 3, RISK_OWNER));
        RiskInput edited = RiskInput.of(risk);
        register.change(risk.id(), risk.version(), edited, RISK_OWNER);

        assertThatThrownBy(() -> register.change(risk.id(), risk.version(), edited, OTHER_RISK_OWNER))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void rating_the_residual_risk_anew_ends_the_executives_acceptance() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk risk = add(project, risk("Customer data leak", "Web shop", 4, 4, 3, 4, RISK_OWNER));
        Risk accepted = results.recordAcceptance(risk.id(), EngineClock.today().plusMonths(6), EXECUTIVE);
        RiskInput same = RiskInput.of(accepted);

        Risk unchanged = register.change(risk.id(), accepted.version(), same, RISK_OWNER);
        assertThat(unchanged.acceptedUntil()).as("same residual score").isNotNull();
        Risk rerated = register.change(risk.id(), unchanged.version(), new RiskInput(same.title(), same.asset(),
                same.threat(), 4, 4, 4, 4, RISK_OWNER, same.treatment(), same.treatmentPlan(), same.controls(),
                same.nextReview()), RISK_OWNER);

        assertThat(rerated.acceptedUntil()).isNull();
        assertThat(rerated.needsAcceptance(6, EngineClock.today())).isTrue();
    }

    @Test
    void the_register_filters_by_level_owner_text_appetite_and_heat_map_cell() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 4, 4, 3, 4, RISK_OWNER));
        Risk outage = add(project, risk("Payment outage", "Payment gateway", 2, 4, 1, 4, OTHER_RISK_OWNER));
        Risk typo = add(project, risk("Wrong prices published", "Web shop", 2, 2, 1, 2, RISK_OWNER));

        assertThat(register.page(project.id(), RiskFilter.NONE, 0, 10)).extracting(Risk::id)
                .containsExactly(leak.id(), outage.id(), typo.id());
        assertThat(ids(project, new RiskFilter(RiskLevel.HIGH, null, null, false, false, null, null))).containsExactly(
                leak.id());
        assertThat(ids(project, new RiskFilter(null, null, OTHER_RISK_OWNER, false, false, null, null)))
                .containsExactly(outage.id());
        assertThat(ids(project, new RiskFilter(null, null, null, false, false, "web SHOP", null)))
                .containsExactly(leak.id(), typo.id());
        assertThat(ids(project, new RiskFilter(null, null, null, true, false, null, null))).containsExactly(leak.id());
        assertThat(ids(project, RiskFilter.NONE.withCell(new RiskFilter.Cell(false, 2, 4)))).containsExactly(outage.id());
        assertThat(register.count(project.id(), RiskFilter.NONE.withCell(new RiskFilter.Cell(true, 1, 2)))).isEqualTo(1);
        assertThat(register.page(project.id(), RiskFilter.NONE, 1, 1)).extracting(Risk::id).containsExactly(outage.id());
    }

    private List<Long> ids(Project project, RiskFilter filter) {
        return register.page(project.id(), filter, 0, 10).stream().map(Risk::id).toList();
    }

    /** The field errors of a refused risk, after checking that nothing was saved. */
    private Map<String, String> refused(Project project, RiskInput input) {
        int before = register.risks(project.id()).size();
        InvalidRiskException refused = catchThrowableOfType(InvalidRiskException.class,
                () -> register.add(project.id(), input, PROJECT_MANAGER));
        assertThat(refused).as("refused").isNotNull();
        assertThat(register.risks(project.id())).hasSize(before);
        return refused.fieldErrors();
    }

    private static RiskInput withControls(RiskInput input, Set<String> controls) {
        return new RiskInput(input.title(), input.asset(), input.threat(), input.likelihood(), input.impact(),
                input.residualLikelihood(), input.residualImpact(), input.owner(), input.treatment(),
                input.treatmentPlan(), controls, input.nextReview());
    }
}
