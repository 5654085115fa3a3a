package org.certflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.risk.process.RiskReviewVariables;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SpringTest
class RiskSchedulesTest extends RiskTestSupport {

    @Autowired
    RiskSchedules schedules;

    @Test
    void every_project_has_exactly_one_review_schedule_however_often_the_application_starts() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        schedules.run(null);
        schedules.run(null);

        for (Project any : projects.all()) {
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RiskReviewVariables.SCHEDULE_PROCESS)
                    .processInstanceBusinessKey(String.valueOf(any.id())).count()).as(any.name()).isEqualTo(1);
        }
        assertThat(projects.all()).extracting(Project::id).contains(project.id());
    }
}
