package org.certflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskItem;
import org.certflow.tasklist.TaskListService;
import org.certflow.tasklist.TaskScope;
import org.certflow.tasklist.TaskSort;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's risks and AI systems, seeded at first start (the test profile runs the demo profile too). */
@SpringTest
class RiskDemoDataTest {

    @Autowired
    ProjectService projects;
    @Autowired
    RiskRegister register;
    @Autowired
    ProjectRiskSettings settings;
    @Autowired
    AiSystems aiSystems;
    @Autowired
    AiImpactAssessments assessments;
    @Autowired
    TaskListService taskList;
    @Autowired
    RiskAssessmentProgress progress;

    @Test
    void every_demo_project_has_risks_and_the_ai_platforms_residual_risk_above_the_appetite_waits_for_the_executive() {
        for (String name : List.of("Northwind AI platform certification", "Northwind Retail ISMS",
                "Northwind Robotics AI management system", "Northwind Labs assistant AIMS")) {
            assertThat(register.risks(project(name).id())).as(name).isNotEmpty();
        }
        assertThat(titles("eva")).contains("Accept residual risk: Declined applicants get no explanation");
    }

    @Test
    void the_robotics_safety_risk_above_the_appetite_is_accepted_until_a_date() {
        Project robotics = project("Northwind Robotics AI management system");
        Risk person = register.risks(robotics.id()).get(0);

        assertThat(person.isAboveAppetite(settings.of(robotics.id()).riskAppetite())).isTrue();
        assertThat(person.acceptedUntil()).isAfter(EngineClock.today());
        assertThat(person.acceptedBy()).isEqualTo("eva");
    }

    @Test
    void the_labs_quarterly_review_is_open_for_its_risk_owner() {
        assertThat(titles("sam")).contains("Review risk: Assistant gives harmful financial advice",
                "Review risk: Users do not know they are talking to an AI");
    }

    @Test
    void the_labs_assessed_their_risks_and_ai_system_before_their_control_implementation_phase_ended() {
        long labs = project("Northwind Labs assistant AIMS").id();

        assertThat(progress.risks(labs)).extracting(RiskAssessmentFigures::risks, RiskAssessmentFigures::isDone)
                .containsExactly(3, true);
        assertThat(progress.aiImpact(labs).isDone()).isTrue();
        AiSystem assistant = aiSystems.of(labs).get(0);
        assertThat(assessments.latestApproved(assistant.id())).get().extracting(AiImpactAssessment::approvedBy)
                .isEqualTo("aiden");
    }

    @Test
    void the_ai_platforms_newest_ai_system_waits_for_the_ai_leads_approval() {
        assertThat(titles("aiden")).contains("Approve AI impact assessment: Payslip reader");
        assertThat(progress.aiImpact(project("Northwind AI platform certification").id()).openPoints())
                .containsExactly("No current approved impact assessment: Payslip reader.");
    }

    @Test
    void the_retail_risk_criteria_were_set_by_the_executive() {
        assertThat(settings.lastChange(project("Northwind Retail ISMS").id())).get()
                .extracting(d -> d.decidedBy(), d -> d.reason())
                .containsExactly("eva", "Risks reviewed every 3 months; risk appetite 10");
    }

    @Test
    void the_credit_scoring_model_has_an_approved_high_impact_assessment() {
        AiSystem scoring = aiSystems.of(project("Northwind AI platform certification").id()).stream()
                .filter(s -> s.name().equals("Credit-scoring model")).findFirst().orElseThrow();

        assertThat(assessments.latestApproved(scoring.id())).get().extracting(AiImpactAssessment::impactLevel,
                AiImpactAssessment::approvedBy).containsExactly(AiImpactLevel.HIGH, "aiden");
    }

    private Project project(String name) {
        return projects.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> titles(String user) {
        return taskList.page(user, TaskScope.MINE_AND_ROLES, TaskSort.DEFAULT, 0, 500).stream().map(TaskItem::name)
                .toList();
    }
}
