package org.certflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.certflow.project.Phase;
import org.certflow.project.Project;
import org.certflow.shared.HeadlineFigure;
import org.certflow.shared.HeadlineFigure.State;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the internal audit programme shows on the project's page. */
@SpringTest
class AuditHeadlinesTest extends AuditTestSupport {

    @Autowired
    AuditHeadlines headlines;

    @Test
    void no_audit_planned_is_fine_until_the_audit_and_certification_phase_starts() {
        Project project = newProject();
        HeadlineFigure none = headlines.of(project.id()).get(0);
        assertThat(none).isEqualTo(new HeadlineFigure("Audits completed", "None planned yet", State.OK));

        projects.phaseStarted(project.id(), Phase.AUDIT_AND_CERTIFICATION);

        assertThat(headlines.of(project.id()).get(0)).isEqualTo(
                new HeadlineFigure("Audits completed", "None planned yet", State.ATTENTION));
    }

    @Test
    void an_open_major_nonconformity_is_an_alarm_and_so_is_its_corrective_action_once_overdue() {
        Project project = newProject();
        Audit audit = plan(project, AUDITOR, Set.of("9"), Set.of("ISO42001:A.6.2.4"));
        raise(audit, "clause:9.2.2", FindingGrade.MAJOR_NONCONFORMITY, PROJECT_MANAGER);
        raise(audit, "ISO42001:A.6.2.4", FindingGrade.MINOR_NONCONFORMITY, OTHER_CONTROL_OWNER);
        raise(audit, "clause:9.1", FindingGrade.OBSERVATION, null);
        recordAllConformingBut(audit, Map.of("clause:9.2.2", Conformity.NONCONFORMING,
                "ISO42001:A.6.2.4", Conformity.NONCONFORMING));
        assertThat(complete(AUDITOR, task(audit.processInstanceId(), "Task_CarryOutAudit"),
                "auditConclusion", "Two nonconformities.").isDone()).isTrue();
        plan(project, AUDITOR, Set.of("4"), none());

        assertThat(headlines.of(project.id())).containsExactly(
                new HeadlineFigure("Audits completed", "1 of 2", State.OK),
                new HeadlineFigure("Open nonconformities", "2 (1 major)", State.ALARM),
                new HeadlineFigure("Corrective actions overdue", "0", State.OK));

        later(Duration.ofDays(31));
        assertThat(headlines.of(project.id())).last().isEqualTo(
                new HeadlineFigure("Corrective actions overdue", "1", State.ALARM));
    }
}
