package org.certflow.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The records of an audit cycle: the project manager records each stage's findings while that stage is being
 * recorded, and only then, never for the internal auditor who verifies them; the certificate's validity sets the
 * surveillance and recertification dates; refused input records nothing.
 */
@SpringTest
class CertificationAuditsTest extends CertificationTestSupport {

    private static final String OTHER_AUDITOR = "ines";

    @Autowired
    AuditFindings findings;
    @Autowired
    CertificationAudits audits;
    @Autowired
    People people;

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
    void the_only_internal_auditor_cannot_own_a_finding_that_gets_a_corrective_action() {
        String refusal = "The internal auditor checks the corrective action's effectiveness, so cannot correct it as "
                + "well: choose someone else of the project.";

        assertThatThrownBy(() -> findings.record(audit.id(), AuditStage.STAGE_1, new NewFinding(
                FindingGrade.OBSERVATION, null, "Objectives lack measures.", AUDITOR), PROJECT_MANAGER))
                .isInstanceOfSatisfying(InvalidCertificationInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo(AuditFindings.OWNER);
                    assertThat(refused.getMessage()).isEqualTo(refusal);
                });
        assertThat(findings.of(audit.id())).isEmpty();

        audits.stage1Audited(audit.id(), new StageReport(EngineClock.today(), "CB report S1", null));
        assertThatThrownBy(() -> findings.record(audit.id(), AuditStage.STAGE_2, new NewFinding(
                FindingGrade.MINOR_NONCONFORMITY, null, "Supplier reviews are late.", AUDITOR), PROJECT_MANAGER))
                .hasMessage(refusal);
        CertificationFinding noted = findings.record(audit.id(), AuditStage.STAGE_2, new NewFinding(
                FindingGrade.OBSERVATION, null, "Training could use examples.", AUDITOR), PROJECT_MANAGER);
        assertThat(findings.of(audit.id())).as("a Stage 2 observation needs no verifier").extracting(
                CertificationFinding::id).containsExactly(noted.id());
    }

    @Test
    void with_two_internal_auditors_the_other_one_verifies_the_auditors_own_correction() {
        if (people.find(OTHER_AUDITOR).isEmpty()) {
            people.createUser(OTHER_AUDITOR, "Ines", "Ibarra", "ines@test.certflow.org", "test");
            people.addToGroup(OTHER_AUDITOR, Role.INTERNAL_AUDITOR.groupId());
        }
        CertificationAudit twoAuditors = audits.open(newProject(StandardsScope.ISO27001_ONLY,
                Set.of(AUDITOR, OTHER_AUDITOR)).id());
        CertificationFinding owned = findings.record(twoAuditors.id(), AuditStage.STAGE_1, new NewFinding(
                FindingGrade.MINOR_NONCONFORMITY, "9.2.2", "The audit programme misses clause 8.", AUDITOR),
                PROJECT_MANAGER);
        CertificationFinding other = findings.record(twoAuditors.id(), AuditStage.STAGE_1, new NewFinding(
                FindingGrade.MINOR_NONCONFORMITY, "A.5.15", "Access reviews not documented.", CONTROL_OWNER),
                PROJECT_MANAGER);

        assertThat(findings.correctionStarted(owned.id()).verifier()).isEqualTo(OTHER_AUDITOR);
        assertThat(findings.correctionStarted(other.id()).verifier()).isEqualTo(AUDITOR);
    }

    @Test
    void a_certificate_without_its_number_is_refused_and_nothing_is_recorded() {
        assertThatThrownBy(() -> audits.certificateIssued(audit.id(), "  ", EngineClock.today()))
                .isInstanceOfSatisfying(InvalidCertificationInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("certificateNumber");
                    assertThat(refused.getMessage()).isEqualTo("Give the certificate's number.");
                });

        assertThat(audits.get(audit.id()).certificate()).isEmpty();
        assertThat(audits.get(audit.id()).status()).isEqualTo(AuditStatus.PREPARING);
        assertThat(projects.get(audit.projectId()).certificateNumber()).isNull();
    }

    @Test
    void a_third_surveillance_audit_is_refused_with_the_recertification_as_the_next_audit() {
        audits.certificateIssued(audit.id(), "ISMS-7", EngineClock.today());
        audits.surveillanceAudited(audit.id(), new StageReport(EngineClock.today(), "CB surveillance 1", null));
        audits.surveillanceAudited(audit.id(), new StageReport(EngineClock.today(), "CB surveillance 2", null));

        assertThatThrownBy(() -> audits.surveillanceAudited(audit.id(), new StageReport(EngineClock.today(),
                "CB surveillance 3", null))).isInstanceOfSatisfying(InvalidCertificationInputException.class,
                refused -> {
                    assertThat(refused.field()).isEqualTo("surveillanceAuditedOn");
                    assertThat(refused.getMessage()).isEqualTo("Both surveillance audits of this certificate are "
                            + "recorded: the next audit is the recertification.");
                });
        assertThat(audits.get(audit.id()).surveillanceAudits()).extracting(SurveillanceAudit::reportReference)
                .containsExactly("CB surveillance 1", "CB surveillance 2");
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
