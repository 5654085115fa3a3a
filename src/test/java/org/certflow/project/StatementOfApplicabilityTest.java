package org.certflow.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.certflow.test_support.NewProjectBuilder.aProject;

import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** Applicability decisions as the SoA editor makes them: refusals name their field, stale edits are refused. */
@SpringTest
@ExtendWith(StandInProcesses.class)
class StatementOfApplicabilityTest {

    @Autowired
    ProjectService projects;
    @Autowired
    StatementOfApplicability soa;

    private SoaLine line;

    @BeforeEach
    void createProject() {
        Project project = projects.create(aProject().build(), "pia");
        line = soa.line(project.id(), "ISO27001:5.15");
    }

    @Test
    void applicable_control_gets_its_justification_and_owner() {
        SoaLine decided = soa.decide(line.id(), line.version(), true, " Access to customer data ", "carla");

        assertThat(decided.applicable()).isTrue();
        assertThat(decided.justification()).isEqualTo("Access to customer data");
        assertThat(decided.owner()).isEqualTo("carla");
        assertThat(decided.isDecided()).isTrue();
    }

    @Test
    void decision_on_a_line_someone_changed_meanwhile_is_refused_and_keeps_their_decision() {
        soa.decide(line.id(), line.version(), true, "Colin's reason", "colin");

        assertThat(catchThrowableOfType(OptimisticLockingFailureException.class,
                () -> soa.decide(line.id(), line.version(), false, "Carla's reason", null))).isNotNull();
        assertThat(soa.line(line.projectId(), line.controlKey()).justification()).isEqualTo("Colin's reason");
    }

    @Test
    void decision_without_justification_is_refused_at_the_justification() {
        InvalidSoaDecisionException refused = catchThrowableOfType(InvalidSoaDecisionException.class,
                () -> soa.decide(line.id(), line.version(), false, "  ", null));

        assertThat(refused.field()).isEqualTo(InvalidSoaDecisionException.JUSTIFICATION);
        assertThat(soa.line(line.projectId(), line.controlKey()).isDecided()).isFalse();
    }

    @Test
    void owner_who_is_not_a_control_owner_of_the_project_is_refused_at_the_owner() {
        InvalidSoaDecisionException refused = catchThrowableOfType(InvalidSoaDecisionException.class,
                () -> soa.decide(line.id(), line.version(), true, "Needed", "sam"));

        assertThat(refused.field()).isEqualTo(InvalidSoaDecisionException.OWNER);
        assertThat(soa.line(line.projectId(), line.controlKey()).applicable()).isNull();
    }
}
