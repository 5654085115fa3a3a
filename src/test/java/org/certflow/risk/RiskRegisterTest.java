package org.certflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.certflow.risk.process.RiskReviewVariables.REVIEW_ROUND_ID;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;
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
        settings.change(project.id(), ReviewInterval.QUARTERLY, 12, ReviewInterval.YEARLY, EXECUTIVE);
        Risk risk = add(project, risk("Customer data leak", "Web shop", 4, 4, 3, 4, RISK_OWNER));
        Risk accepted = results.recordAcceptance(risk.id(), EngineClock.today().plusMonths(6), EXECUTIVE);
        RiskInput same = RiskInput.of(accepted);

        Risk unchanged = register.change(risk.id(), accepted.version(), same, RISK_OWNER);
        assertThat(unchanged.acceptedUntil()).as("same residual score").isNotNull();
        Risk rerated = register.change(risk.id(), unchanged.version(), new RiskInput(same.title(), same.asset(),
                same.threat(), 4, 4, 4, 4, RISK_OWNER, same.treatment(), same.treatmentPlan(), same.controls(),
                same.nextReview()), RISK_OWNER);

        assertThat(rerated.acceptedUntil()).isNull();
        assertThat(rerated.needsAcceptance(12, EngineClock.today())).isTrue();
        assertThat(reviews.underReview(project.id())).as("16 is above the appetite of 12").containsExactly(risk.id());
    }

    @Test
    void a_risk_entered_above_the_appetite_goes_to_its_owner_and_an_executive_at_once() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        Risk leak = add(project, risk("Customer data leak", "Web shop", 4, 4, 3, 4, RISK_OWNER));

        ReviewRound round = roundOf(leak);
        assertThat(round.cause()).isEqualTo(ReviewCause.REGISTER_CHANGE);
        assertThat(round.reason()).isEqualTo("Added to the register by Pia Palmer with a residual risk above the "
                + "appetite that no executive accepts");
        Task review = taskFor("Task_ReviewRisk", leak);
        assertThat(review.getAssignee()).isEqualTo(RISK_OWNER);
        assertThat(LocalDate.ofInstant(review.getDueDate().toInstant(), ZoneId.systemDefault()))
                .isEqualTo(EngineClock.today().plusDays(7));
        assertThat(register.history(leak.id())).extracting(RiskHistoryEntry::kind, RiskHistoryEntry::actor)
                .containsExactly(tuple(RiskHistoryKind.REVIEW_STARTED, PROJECT_MANAGER),
                        tuple(RiskHistoryKind.IDENTIFIED, PROJECT_MANAGER));
        completeAs(RISK_OWNER, review, review(4, 4, 3, 4));
        completeAs(RISK_OWNER, taskFor("Task_ApproveTreatmentPlan", leak), "approveTreatmentPlanDecision", "approve");
        assertThat(taskFor("Task_AcceptResidualRisk", leak)).as("the executive's acceptance").isNotNull();
    }

    @Test
    void a_risk_changed_to_above_the_appetite_goes_to_review_at_once() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        assertThat(reviews.underReview(project.id())).as("6, within the appetite").isEmpty();

        register.change(leak.id(), leak.version(), rated(RiskInput.of(leak), 3, 3), OTHER_RISK_OWNER);

        assertThat(roundOf(leak)).extracting(ReviewRound::cause, ReviewRound::reason).containsExactly(
                ReviewCause.REGISTER_CHANGE, "Changed in the register by Sam Serra with a residual risk above the "
                        + "appetite that no executive accepts");
    }

    @Test
    void a_risk_under_review_is_changed_in_its_review_not_in_the_register() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Risk leak = add(project, risk("Customer data leak", "Web shop", 3, 4, 2, 3, RISK_OWNER));
        assertThat(register.underReviewNotice(leak)).isEmpty();
        reviews.startOnDemand(project.id(), List.of(leak.id()), PROJECT_MANAGER).orElseThrow();

        assertThat(register.underReviewNotice(leak)).contains("\"Customer data leak\" is under review by its owner, "
                + "Rita Rossi: change it in the review task.");
        assertThatThrownBy(() -> register.change(leak.id(), leak.version(), rated(RiskInput.of(leak), 1, 1),
                PROJECT_MANAGER)).isInstanceOf(RiskUnderReviewException.class)
                .hasMessage("\"Customer data leak\" is under review by its owner, Rita Rossi: change it in the review "
                        + "task.");
        Risk unchanged = register.get(leak.id());
        assertThat(unchanged.version()).isEqualTo(leak.version());
        assertThat(unchanged.residual().score()).isEqualTo(6);
        assertThat(register.history(leak.id())).extracting(RiskHistoryEntry::kind)
                .doesNotContain(RiskHistoryKind.CHANGED);
    }

    @Test
    void the_heat_maps_count_the_risks_of_each_cell_before_and_after_treatment() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        add(project, risk("Customer data leak", "Web shop", 4, 4, 2, 3, RISK_OWNER));
        add(project, risk("Payment outage", "Payment gateway", 4, 4, 1, 4, OTHER_RISK_OWNER));
        add(project, risk("Wrong prices published", "Web shop", 2, 3, 2, 3, RISK_OWNER));
        register.add(newProject(StandardsScope.ISO27001_ONLY).id(), risk("Elsewhere", "Other shop", 4, 4, 2, 3,
                RISK_OWNER), PROJECT_MANAGER);

        int[][] inherent = register.heatMap(project.id(), false);
        int[][] residual = register.heatMap(project.id(), true);

        assertThat(inherent[3][3]).as("likelihood 4, impact 4").isEqualTo(2);
        assertThat(inherent[1][2]).as("likelihood 2, impact 3").isEqualTo(1);
        assertThat(residual[1][2]).as("likelihood 2, impact 3").isEqualTo(2);
        assertThat(residual[0][3]).as("likelihood 1, impact 4").isEqualTo(1);
        assertThat(total(inherent)).isEqualTo(3);
        assertThat(total(residual)).isEqualTo(3);
        assertThat(total(register.heatMap(newProject(StandardsScope.ISO27001_ONLY).id(), true))).isZero();
    }

    @Test
    void an_iso_27001_project_assesses_no_ai_harms() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        RiskInput bias = new RiskInput("Applicants from some postcodes scored down", "Web shop", RiskThreat.BIAS, 4, 4,
                3, 4, RISK_OWNER, RiskTreatment.MITIGATE, "Fairness tests before each release",
                Set.of(ACCESS_CONTROL), EngineClock.today().plusMonths(1));

        assertThat(refused(project, bias)).containsOnlyKeys(RiskInput.THREAT).containsValue("AI harms are assessed "
                + "with ISO 42001, which is not in this project's scope: choose a loss of confidentiality, integrity "
                + "or availability.");
        assertThat(RiskThreat.assessedIn(false)).containsExactly(RiskThreat.CONFIDENTIALITY, RiskThreat.INTEGRITY,
                RiskThreat.AVAILABILITY);
        assertThat(RiskThreat.assessedIn(true)).contains(RiskThreat.BIAS, RiskThreat.SAFETY).hasSize(8);
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

    private ReviewRound roundOf(Risk risk) {
        Task review = taskFor("Task_ReviewRisk", risk);
        assertThat(review).as("a review of " + risk.title()).isNotNull();
        long roundId = ((Number) runtime.getVariable(review.getProcessInstanceId(), REVIEW_ROUND_ID)).longValue();
        return reviews.round(roundId).orElseThrow();
    }

    private static RiskInput rated(RiskInput input, int residualLikelihood, int residualImpact) {
        return new RiskInput(input.title(), input.asset(), input.threat(), input.likelihood(), input.impact(),
                residualLikelihood, residualImpact, input.owner(), input.treatment(), input.treatmentPlan(),
                input.controls(), input.nextReview());
    }

    private static int total(int[][] counts) {
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
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
