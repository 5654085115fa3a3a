package org.certflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.certflow.project.Project;
import org.certflow.shared.Dates;
import org.certflow.shared.ManagementReviewInput;
import org.certflow.shared.ReadinessCheck;
import org.certflow.shared.ReadinessCheck.Result;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the audit programme contributes to the Stage 1 readiness checks and to the management review. */
@SpringTest
class AuditReadinessAndReviewTest extends AuditTestSupport {

    private static final Set<String> ALL_CLAUSES = Set.of("4", "5", "6", "7", "8", "9", "10");
    private static final Set<String> ALL_CONTROLS = Set.of("ISO42001:A.2.2", "ISO42001:A.6.2.4", "ISO42001:A.7.4");

    @Autowired
    InternalAuditReadiness readiness;
    @Autowired
    AuditReviewInput review;
    @Autowired
    List<ReadinessCheck> readinessChecks;
    @Autowired
    List<ManagementReviewInput> reviewInputs;

    @Test
    void both_are_contributed_as_beans_of_the_extension_points() {
        assertThat(readinessChecks).contains(readiness);
        assertThat(reviewInputs).contains(review);
    }

    @Test
    void a_project_without_a_completed_audit_is_not_ready() {
        Project project = newProject();
        plan(project, AUDITOR, ALL_CLAUSES, ALL_CONTROLS);

        List<Result> results = readiness.check(project.id());

        assertThat(results).extracting(Result::passed).containsExactly(false, false, false, true);
        assertThat(results.get(0).finding()).isEqualTo("No audit of the programme is completed yet.");
        assertThat(results.get(1).finding()).startsWith("0 of 32 requirements of clauses 4-10 audited; not yet: "
                + "Clause 4.1, Clause 4.2, Clause 4.3, Clause 4.4, Clause 5.1 and 27 more.");
    }

    @Test
    void audits_together_covering_every_requirement_with_no_major_nonconformity_open_make_the_project_ready() {
        Project project = newProject();
        completeAudit(plan(project, AUDITOR, Set.of("4", "5", "6", "7", "8"), Set.of("ISO42001:A.7.4")), Map.of());
        Audit second = plan(project, TESS, Set.of("9", "10"), Set.of("ISO42001:A.2.2", "ISO42001:A.6.2.4"));
        raise(second, "ISO42001:A.6.2.4", FindingGrade.MINOR_NONCONFORMITY, OTHER_CONTROL_OWNER);
        completeAudit(second, Map.of("ISO42001:A.6.2.4", Conformity.NONCONFORMING));

        assertThat(readiness.check(project.id())).extracting(Result::passed).containsOnly(true);
        assertThat(readiness.check(project.id()).get(2).finding()).isEqualTo("3 of 3 applicable controls audited.");
    }

    @Test
    void a_requirement_not_audited_leaves_a_gap_and_an_open_major_nonconformity_blocks_readiness() {
        Project project = newProject();
        Audit audit = plan(project, AUDITOR, ALL_CLAUSES, ALL_CONTROLS);
        Finding major = raise(audit, "clause:9.2.2", FindingGrade.MAJOR_NONCONFORMITY, PROJECT_MANAGER);
        completeAudit(audit, Map.of("clause:7.4", Conformity.NOT_AUDITED, "clause:9.2.2", Conformity.NONCONFORMING));

        List<Result> results = readiness.check(project.id());

        assertThat(results).extracting(Result::passed).containsExactly(true, false, true, false);
        assertThat(results.get(1).finding()).isEqualTo(
                "31 of 32 requirements of clauses 4-10 audited; not yet: Clause 7.4.");
        assertThat(results.get(3).finding()).isEqualTo("1 open: " + major.reference() + " (open, due "
                + Dates.day(major.dueDate()) + ").");
    }

    @Test
    void the_review_reports_audits_coverage_findings_and_corrective_actions() {
        Project project = newProject();
        Audit audit = plan(project, AUDITOR, Set.of("9"), Set.of("ISO42001:A.6.2.4"));
        Finding minor = raise(audit, "ISO42001:A.6.2.4", FindingGrade.MINOR_NONCONFORMITY, OTHER_CONTROL_OWNER);
        raise(audit, "clause:9.1", FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT, null);
        completeAudit(audit, Map.of("ISO42001:A.6.2.4", Conformity.NONCONFORMING, "clause:9.1",
                Conformity.NOT_AUDITED));
        plan(project, AUDITOR, Set.of("4"), none());

        List<String> facts = review.facts(project.id());

        assertThat(facts.get(0)).startsWith("Audit completed: \"" + audit.title() + "\" by Aude Auclair on ")
                .contains(": 5 conforming, 1 nonconforming, 1 not audited. Conclusion: Conforms, with one finding.");
        assertThat(facts.get(1)).startsWith("Audit planned: ");
        assertThat(facts).contains(
                "Coverage: 5 of 32 requirements of clauses 4-10 and 1 of 3 applicable controls audited.",
                "Findings: 1 minor nonconformity, 1 opportunity for improvement.",
                "Corrective actions: 1 open (0 overdue), 0 implemented and awaiting the effectiveness check, "
                        + "0 closed as effective; 0 found not effective at least once.",
                "Minor nonconformity " + minor.reference() + " on ISO 42001 A.6.2.4 (open, owner Carla Chen, due "
                        + Dates.day(minor.dueDate()) + "): Found: Minor nonconformity");
        assertThat(facts.get(facts.size() - 1)).startsWith("Opportunity for improvement F-")
                .endsWith("on Clause 9.1 (noted): Found: Opportunity for improvement");
    }

    @Test
    void a_project_without_audits_has_nothing_to_report() {
        assertThat(review.facts(newProject().id())).isEmpty();
    }

    /** Every requirement conforming but those given, then the auditor completes the audit's task. */
    private void completeAudit(Audit audit, Map<String, Conformity> others) {
        recordAllConformingBut(audit, others);
        assertThat(complete(audit.auditor(), task(audit.processInstanceId(), "Task_CarryOutAudit"),
                "auditConclusion", "Conforms, with one finding.").isDone()).isTrue();
    }
}
