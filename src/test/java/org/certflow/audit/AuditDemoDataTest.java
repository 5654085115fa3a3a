package org.certflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo profile seeds the audits at first start (the test profile runs it too). */
@SpringTest
class AuditDemoDataTest {

    @Autowired
    ProjectService projects;
    @Autowired
    AuditProgramme programme;
    @Autowired
    Findings findings;

    @Test
    void the_ai_platforms_pre_assessment_has_a_minor_nonconformity_closed_as_effective() {
        Project platform = project(AuditDemoData.AI_PLATFORM);

        assertThat(programme.audits(platform.id())).singleElement()
                .extracting(Audit::status).isEqualTo(AuditStatus.COMPLETED);
        List<Finding> all = findings.of(platform.id(), FindingFilter.ALL);
        assertThat(all).extracting(Finding::grade, Finding::status).containsExactly(
                tuple(FindingGrade.MINOR_NONCONFORMITY, FindingStatus.CLOSED),
                tuple(FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT, FindingStatus.NOTED));
        assertThat(all.get(0).log()).extracting(FindingLogEntry::step).containsExactly(FindingStep.RAISED,
                FindingStep.ROOT_CAUSE_FOUND, FindingStep.ACTION_PLANNED, FindingStep.IMPLEMENTED,
                FindingStep.VERIFIED_EFFECTIVE);
    }

    private Project project(String name) {
        return projects.visibleTo("pia").stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
