package org.certflow.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The records of an audit cycle: the project manager records each stage's findings while that stage is being
 * recorded, and only then; the certificate's validity sets the surveillance and recertification dates.
 */
@SpringTest
class CertificationAuditsTest extends CertificationTestSupport {

    @Autowired
    AuditFindings findings;
    @Autowired
    CertificationAudits audits;

    private CertificationAudit audit;

    @BeforeEach
    void openAuditCycle() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        audit = audits.open(project.id());
    }

    @Test
    void a_finding_is_recorded_open_with_its_grade_and_owner() {
        CertificationFinding finding = findings.record(audit.id(), AuditStage.STAGE_1,
                new NewFinding(FindingGrade.MINOR_NONCONFORMITY, " A.5.15 ", " Access reviews not documented. ",
                        CONTROL_OWNER), PROJECT_MANAGER);

        assertThat(findings.of(audit.id())).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(finding.id());
            assertThat(f.status()).isEqualTo(FindingStatus.OPEN);
            assertThat(f.requirement()).isEqualTo("A.5.15");
            assertThat(f.description()).isEqualTo("Access reviews not documented.");
        });
        assertThat(findings.toCorrect(audit.id(), AuditStage.STAGE_1)).containsExactly(finding.id());
    }

    @Test
    void a_finding_without_a_grade_or_for_someone_outside_the_project_is_refused_at_its_field() {
        assertRefused(new NewFinding(null, null, "Access reviews not documented.", CONTROL_OWNER),
                AuditFindings.GRADE);
        assertRefused(new NewFinding(FindingGrade.OBSERVATION, null, "  ", CONTROL_OWNER), AuditFindings.DESCRIPTION);
        assertRefused(new NewFinding(FindingGrade.OBSERVATION, null, "Objectives lack measures.", "admin"),
                AuditFindings.OWNER);
    }

    @Test
    void only_the_project_manager_records_findings() {
        assertThatThrownBy(() -> findings.record(audit.id(), AuditStage.STAGE_1, new NewFinding(
                FindingGrade.OBSERVATION, null, "Objectives lack measures.", CONTROL_OWNER), CONTROL_OWNER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void stage_1_findings_are_closed_to_new_entries_once_stage_1_is_recorded_and_stage_2_opens() {
        assertThat(findings.mayRecord(audit.id(), AuditStage.STAGE_2, PROJECT_MANAGER)).isFalse();

        audits.stage1Audited(audit.id(), new StageReport(EngineClock.today(), "CB report S1", null));

        assertThat(findings.mayRecord(audit.id(), AuditStage.STAGE_1, PROJECT_MANAGER)).isFalse();
        assertThat(findings.mayRecord(audit.id(), AuditStage.STAGE_2, PROJECT_MANAGER)).isTrue();
    }

    @Test
    void a_finding_raised_as_a_corrective_action_can_no_longer_be_removed() {
        CertificationFinding finding = findings.record(audit.id(), AuditStage.STAGE_1, new NewFinding(
                FindingGrade.OBSERVATION, null, "Objectives lack measures.", CONTROL_OWNER), PROJECT_MANAGER);
        findings.correctionStarted(finding.id());

        assertThatThrownBy(() -> findings.remove(finding.id(), PROJECT_MANAGER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(findings.of(audit.id())).hasSize(1);
        assertThat(findings.toCorrect(audit.id(), AuditStage.STAGE_1)).isEmpty();
    }

    @Test
    void the_certificate_runs_three_years_with_surveillance_after_12_and_24_months() {
        LocalDate issued = EngineClock.today();

        CertificationAudit certified = audits.certificateIssued(audit.id(), " ISMS-7 ", issued);

        assertThat(certified.certificate()).contains(new Certificate("ISMS-7", issued, issued.plusYears(3)));
        assertThat(certified.nextSurveillanceDue()).contains(issued.plusMonths(12));
        assertThat(certified.surveillanceDue(2)).isEqualTo(issued.plusMonths(24));
        assertThat(certified.recertificationStart()).contains(issued.plusYears(3).minusMonths(3));
        assertThat(projects.get(certified.projectId()).certificateNumber()).isEqualTo("ISMS-7");
    }

    private void assertRefused(NewFinding finding, String field) {
        assertThatThrownBy(() -> findings.record(audit.id(), AuditStage.STAGE_1, finding, PROJECT_MANAGER))
                .isInstanceOfSatisfying(InvalidCertificationInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo(field));
        assertThat(findings.of(audit.id())).isEmpty();
    }
}
