package org.certflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.Set;

import org.certflow.audit.process.CorrectiveActionVariables;
import org.certflow.project.Project;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Results per requirement and graded findings, as the auditor records them while carrying out an audit. */
@SpringTest
class AuditExecutionTest extends AuditTestSupport {

    private Project project;
    private Audit audit;

    @BeforeEach
    void planAudit() {
        project = newProject();
        audit = plan(project, AUDITOR, Set.of("9"), Set.of("ISO42001:A.2.2", "ISO42001:A.6.2.4"));
    }

    @Test
    void a_result_is_recorded_per_requirement_and_puts_the_audit_in_progress() {
        Audit recorded = execution.recordResult(audit.id(), "clause:9.1", Conformity.NOT_AUDITED,
                " Monitoring starts next quarter ", AUDITOR);

        assertThat(recorded.status()).isEqualTo(AuditStatus.IN_PROGRESS);
        assertThat(recorded.result("clause:9.1")).contains(new AuditResult("clause:9.1", Conformity.NOT_AUDITED,
                "Monitoring starts next quarter"));
        assertThat(recorded.unrecorded()).hasSize(audit.results().size() - 1);
    }

    @Test
    void a_result_for_a_requirement_outside_the_scope_is_refused_at_the_requirement_and_records_nothing() {
        assertThatThrownBy(() -> execution.recordResult(audit.id(), "clause:4.1", Conformity.CONFORMING, null,
                AUDITOR)).isInstanceOfSatisfying(InvalidAuditInputException.class, e -> assertThat(e.fieldErrors())
                .containsOnly(Map.entry("requirement", "Clause 4.1 is not in this audit's scope: record results for "
                        + "the requirements it covers only.")));
        assertThatThrownBy(() -> execution.recordResult(audit.id(), "ISO42001:A.10.3", Conformity.CONFORMING, null,
                AUDITOR)).isInstanceOfSatisfying(InvalidAuditInputException.class, e -> assertThat(e.getMessage())
                .isEqualTo("ISO 42001 A.10.3 is not in this audit's scope: record results for the requirements it "
                        + "covers only."));
        assertThatThrownBy(() -> execution.recordResult(audit.id(), "no such thing", Conformity.CONFORMING, null,
                AUDITOR)).isInstanceOfSatisfying(InvalidAuditInputException.class, e -> assertThat(e.getMessage())
                .startsWith("no such thing is not in this audit's scope"));

        Audit unchanged = programme.get(audit.id());
        assertThat(unchanged.status()).isEqualTo(AuditStatus.PLANNED);
        assertThat(unchanged.unrecorded()).hasSize(audit.results().size());
    }

    @Test
    void a_nonconformity_makes_its_requirement_nonconforming_and_starts_its_corrective_action() {
        execution.recordResult(audit.id(), "ISO42001:A.6.2.4", Conformity.CONFORMING, "Test reports sampled", AUDITOR);

        Finding finding = raise(audit, "ISO42001:A.6.2.4", FindingGrade.MINOR_NONCONFORMITY, OTHER_CONTROL_OWNER);

        assertThat(finding.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(finding.dueDate()).isEqualTo(EngineClock.today().plusDays(90));
        assertThat(finding.log()).extracting(FindingLogEntry::step, FindingLogEntry::doneBy)
                .containsExactly(tuple(FindingStep.RAISED, AUDITOR));
        assertThat(programme.get(audit.id()).result("ISO42001:A.6.2.4")).contains(new AuditResult(
                "ISO42001:A.6.2.4", Conformity.NONCONFORMING, "Test reports sampled"));
        assertThat(runtime.getVariables(finding.processInstanceId())).containsEntry(
                CorrectiveActionVariables.FINDING_ID, finding.id())
                .containsEntry(CorrectiveActionVariables.FINDING_SOURCE, CorrectiveActionVariables.INTERNAL_AUDIT)
                .containsEntry(CorrectiveActionVariables.FINDING_OWNER, OTHER_CONTROL_OWNER)
                .containsEntry(CorrectiveActionVariables.VERIFIER, AUDITOR);
    }

    @Test
    void a_major_nonconformity_is_due_sooner_than_a_minor_one() {
        Finding major = raise(audit, "clause:9.2.2", FindingGrade.MAJOR_NONCONFORMITY, PROJECT_MANAGER);

        assertThat(major.dueDate()).isEqualTo(EngineClock.today().plusDays(30));
        assertThat(major.grade().isNonconformity()).isTrue();
    }

    @Test
    void observations_and_opportunities_need_no_owner_and_start_no_corrective_action() {
        Finding observation = raise(audit, "clause:9.1", FindingGrade.OBSERVATION, null);
        Finding opportunity = raise(audit, "ISO42001:A.2.2", FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT, CONTROL_OWNER);

        assertThat(observation.status()).isEqualTo(FindingStatus.NOTED);
        assertThat(opportunity.status()).isEqualTo(FindingStatus.NOTED);
        assertThat(observation.processInstanceId()).isNull();
        assertThat(opportunity.dueDate()).isNull();
        assertThat(programme.get(audit.id()).result("clause:9.1").orElseThrow().isRecorded()).isFalse();
    }

    @Test
    void a_nonconformity_needs_an_owner_who_is_not_the_auditor_and_a_due_date_after_today() {
        assertThatThrownBy(() -> execution.recordFinding(audit.id(), new NewFinding("clause:9.1",
                FindingGrade.MAJOR_NONCONFORMITY, "No monitoring", null, EngineClock.today()), AUDITOR))
                .isInstanceOfSatisfying(InvalidAuditInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnly(Map.entry("owner", "A nonconformity needs an owner for its corrective action."),
                                Map.entry("dueDate", "The due date must be after today.")));
        assertThatThrownBy(() -> execution.recordFinding(audit.id(), new NewFinding("clause:9.1",
                FindingGrade.MINOR_NONCONFORMITY, "No monitoring", AUDITOR, null), AUDITOR))
                .isInstanceOfSatisfying(InvalidAuditInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("owner", "The auditor checks the corrective action, so cannot own it: "
                                + "choose someone of the project.")
                        .containsEntry("dueDate", "A nonconformity needs a due date for its corrective action."));
        assertThatThrownBy(() -> execution.recordFinding(audit.id(), new NewFinding("clause:4.1", null, " ", "eve",
                null), AUDITOR)).isInstanceOfSatisfying(InvalidAuditInputException.class, e -> assertThat(
                e.fieldErrors()).containsOnlyKeys("requirement", "grade", "description", "owner"));
        assertThat(findings.ofAudit(audit.id())).isEmpty();
    }

    @Test
    void a_requirement_with_a_nonconformity_cannot_be_recorded_conforming() {
        Finding finding = raise(audit, "clause:9.2.1", FindingGrade.MINOR_NONCONFORMITY, PROJECT_MANAGER);

        assertThatThrownBy(() -> execution.recordResult(audit.id(), "clause:9.2.1", Conformity.CONFORMING, null,
                AUDITOR)).isInstanceOfSatisfying(InvalidAuditInputException.class, e -> assertThat(e.fieldErrors())
                .containsOnly(Map.entry("result", finding.reference() + " records a nonconformity on this "
                        + "requirement: its result is nonconforming.")));
    }

    @Test
    void only_the_auditor_records_results_and_findings() {
        assertThatThrownBy(() -> execution.recordResult(audit.id(), "clause:9.1", Conformity.CONFORMING, null, TESS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> execution.recordFinding(audit.id(), new NewFinding("clause:9.1",
                FindingGrade.OBSERVATION, "Seen", null, null), TESS)).isInstanceOf(AccessDeniedException.class);
        assertThat(programme.get(audit.id()).status()).isEqualTo(AuditStatus.PLANNED);
        assertThat(findings.ofAudit(audit.id())).isEmpty();
    }
}
