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
    void the_labs_quarterly_review_is_open_for_its_risk_owner_and_its_assessment_for_the_ai_lead() {
        assertThat(titles("sam")).contains("Review risk: Assistant gives harmful financial advice",
                "Review risk: Users do not know they are talking to an AI");
        assertThat(titles("aiden")).contains("Approve AI impact assessment: Customer assistant");
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
