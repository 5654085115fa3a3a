package org.certflow.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.shared.Dates.day;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.certflow.catalog.Standard;
import org.certflow.project.Decisions;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The management review's input from the register of documented information: the 6.2 objectives, the approvals. */
@SpringTest
class DocumentedInformationReviewInputTest extends CertificationTestSupport {

    @Autowired
    DocumentedInformationReviewInput input;
    @Autowired
    Decisions decisions;

    @Test
    void missing_objectives_are_said_and_nothing_approved_since_the_project_started() {
        Project project = newProject(StandardsScope.BOTH);

        assertThat(input.facts(project.id())).containsExactly(
                "Information security objectives (6.2): not in the register of documented information yet.",
                "AI objectives (6.2): not in the register of documented information yet.",
                "No documented information approved since the project started on " + day(project.createdAt()) + ".");
    }

    @Test
    void registered_objectives_are_named_with_their_approval_and_what_was_approved_since_the_gap_analysis() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        Instant gapAnalysis = decisions.record(project.id(), "Task_ApproveGapAnalysis", "Approve gap analysis",
                "approve", null, PROJECT_MANAGER).decidedAt();
        ClockUtil.setCurrentTime(Date.from(EngineClock.now().plus(Duration.ofDays(1))));
        register.add(project.id(), new DocumentDetails(Standard.ISO27001, "6.2", "Information security objectives",
                "ISMS/Objectives 2027", "1.0", EXECUTIVE, EngineClock.today()), PROJECT_MANAGER);

        assertThat(input.title()).isEqualTo("Documented objectives and documented information approved");
        assertThat(input.facts(project.id())).containsExactly(
                "Information security objectives (6.2): ISMS/Objectives 2027, version 1.0, approved by Eva Eriksen on "
                        + day(EngineClock.today()) + ".",
                "Approved since the gap analysis approved on " + day(gapAnalysis) + ": 6.2 Information security "
                        + "objectives (version 1.0, " + day(EngineClock.today()) + ").");
    }
}
