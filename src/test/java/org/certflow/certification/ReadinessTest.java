package org.certflow.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.certflow.project.process.ProcessVariables.INCLUDES_27001;
import static org.certflow.project.process.ProcessVariables.INCLUDES_42001;
import static org.certflow.project.process.ProcessVariables.PROJECT_ID;

import java.util.List;
import java.util.Map;

import org.certflow.catalog.Standard;
import org.certflow.demo.ProjectWorker;
import org.certflow.project.Phase;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.shared.EngineClock;
import org.certflow.shared.ReadinessCheck;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The readiness check before Stage 1, computed from the register, the SoA and every feature's checks. */
@SpringTest
class ReadinessTest extends CertificationTestSupport {

    @Autowired
    Readiness readiness;
    @Autowired
    List<ReadinessCheck> checks;
    @Autowired
    ProjectWorker worker;

    @Test
    void an_empty_register_fails_every_clause_and_names_the_missing_documents() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        ReadinessReport report = readiness.check(project.id());

        assertThat(report.isReady()).isFalse();
        assertThat(report.results()).filteredOn(r -> r.requirement().endsWith("mandatory documented information"))
                .hasSize(7).noneMatch(ReadinessReport.Line::passed);
        assertThat(result(report, "Clause 5 Leadership: mandatory documented information").finding())
                .isEqualTo("Missing: Information security policy (5.2).");
        assertThat(result(report, "Statement of Applicability complete (ISO 27001)").finding())
                .startsWith("93 of 93 controls without a decision and its justification: 5.1, 5.2, 5.3, 5.4, 5.5, "
                        + "5.6, 5.7, 5.8, 5.9, 5.10 and 83 more.");
    }

    @Test
    void a_project_whose_people_did_the_work_of_every_feature_is_ready() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        ready.prepare(project);

        ReadinessReport report = readiness.check(project.id());

        assertThat(report.failed()).isEmpty();
        assertThat(report.isReady()).isTrue();
        assertThat(result(report, "Statement of Applicability complete (ISO 27001)").finding())
                .isEqualTo("All 93 controls decided with a justification: 2 applicable, 91 not applicable.");
        assertThat(result(report, "The internal audits cover the applicable controls").finding())
                .isEqualTo("2 of 2 applicable controls audited.");
    }

    @Test
    void a_dual_standard_project_is_ready_once_its_ai_systems_are_assessed_too() {
        Project project = newProject(StandardsScope.BOTH);
        ready.prepare(project);

        ReadinessReport report = readiness.check(project.id());

        assertThat(report.failed()).isEmpty();
        assertThat(result(report, "Impact assessment of every AI system (ISO 42001 6.1.4)").passed()).isTrue();
    }

    @Test
    void documents_and_a_decided_soa_alone_leave_the_other_features_checks_failing() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        ready.decideStatementOfApplicability(project);
        ready.registerMandatoryDocuments(project);

        ReadinessReport report = readiness.check(project.id());

        assertThat(report.failed()).extracting(ReadinessReport.Line::requirement).containsExactlyInAnyOrder(
                "An internal audit is completed (clause 9.2)", "The internal audits cover clauses 4-10",
                "The internal audits cover the applicable controls",
                "Management review completed with decisions recorded (clause 9.3)",
                "Risks assessed and reviewed every 3 months (6.1.2, 8.2)");
    }

    @Test
    void a_dual_standard_project_needs_the_documents_of_both_standards() {
        Project project = newProject(StandardsScope.BOTH);
        add(project, Standard.ISO27001, "5.2", "Information security policy");
        add(project, null, "4.3", "Scope of the integrated management system");

        ReadinessReport report = readiness.check(project.id());

        assertThat(result(report, "Clause 4 Context of the organization: mandatory documented information"))
                .extracting(ReadinessReport.Line::passed).isEqualTo(true);
        assertThat(result(report, "Clause 5 Leadership: mandatory documented information").finding())
                .isEqualTo("Missing: AI policy (5.2, ISO 42001).");
        assertThat(result(report, "Clause 7 Support: mandatory documented information").finding())
                .isEqualTo("Missing: Evidence of competence (7.2).");
        assertThat(report.results()).extracting(ReadinessReport.Line::requirement)
                .contains("Statement of Applicability complete (ISO 27001)",
                        "Statement of Applicability complete (ISO 42001)");
    }

    @Test
    void an_entry_without_approval_is_present_but_not_ready() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        register.add(project.id(), new DocumentDetails(null, "5.2", "Information security policy", "POL-01", "0.9",
                null, null), PROJECT_MANAGER);

        ReadinessReport report = readiness.check(project.id());

        assertThat(result(report, "Clause 5 Leadership: mandatory documented information").finding())
                .isEqualTo("Not approved: Information security policy (5.2).");
    }

    @Test
    void documents_the_processes_recorded_are_collected_with_their_approval() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        policyAndFramework(project);
        worker.complete(project.id(), "Task_DraftSecurityPolicy", Map.of("securityPolicyReference",
                "https://docs.acme.example/isms/policy", "securityPolicyVersion", "2.0"));
        worker.approve(project.id(), "Task_ApproveSecurityPolicy");
        worker.complete(project.id(), "Task_DefineRiskAssessmentMethod", Map.of("riskMethodReference", "RM-01"));

        ReadinessReport report = readiness.check(project.id());

        assertThat(register.entries(project.id())).extracting(DocumentedInformation::clause,
                DocumentedInformation::reference, DocumentedInformation::documentVersion,
                DocumentedInformation::approvedBy, DocumentedInformation::approvedOn)
                .contains(tuple("5.2", "https://docs.acme.example/isms/policy", "2.0", EXECUTIVE, EngineClock.today()),
                        tuple("6.1.2", "RM-01", null, null, null),
                        tuple("6.2", "https://docs.acme.example/isms/policy (objectives section)", "2.0", EXECUTIVE,
                                EngineClock.today()));
        assertThat(result(report, "Clause 5 Leadership: mandatory documented information").passed()).isTrue();
        assertThat(result(report, "Clause 6 Planning: mandatory documented information").finding())
                .isEqualTo("Missing: Statement of Applicability (6.1.3). "
                        + "Not approved: Information security risk assessment process (6.1.2).");
    }

    @Test
    void collected_entries_follow_the_processes_until_someone_edits_them_by_hand() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);
        policyAndFramework(project);
        worker.complete(project.id(), "Task_DraftSecurityPolicy", Map.of("securityPolicyVersion", "2.0"));
        worker.approve(project.id(), "Task_ApproveSecurityPolicy");
        worker.complete(project.id(), "Task_DefineRiskAssessmentMethod", Map.of("riskMethodReference", "RM-01"));
        register.collect(project.id());
        DocumentedInformation policy = entry(project, "5.2");
        register.edit(policy.id(), policy.version(), new DocumentDetails(null, "5.2", policy.title(),
                policy.reference(), "2.1", policy.approvedBy(), policy.approvedOn()), PROJECT_MANAGER);

        worker.complete(project.id(), "Task_DefineRolesAndResponsibilities");
        worker.approve(project.id(), "Task_ApprovePolicyAndFramework");
        register.collect(project.id());

        assertThat(entry(project, "5.2").documentVersion()).isEqualTo("2.1");
        assertThat(entry(project, "5.2").editedBy()).isEqualTo(PROJECT_MANAGER);
        assertThat(entry(project, "6.1.2").approvedBy()).isEqualTo(PROJECT_MANAGER);
        assertThat(register.entries(project.id())).extracting(DocumentedInformation::clause).contains("5.3")
                .doesNotHaveDuplicates();
    }

    @Test
    void every_readiness_check_of_every_feature_is_in_the_report() {
        Project project = newProject(StandardsScope.ISO42001_ONLY);

        ReadinessReport report = readiness.check(project.id());

        assertThat(report.results()).extracting(ReadinessReport.Line::requirement).containsExactlyElementsOf(
                checks.stream().flatMap(c -> c.check(project.id()).stream()).map(ReadinessCheck.Result::requirement)
                        .toList());
        assertThat(readiness.latest(project.id())).get().extracting(ReadinessReport::id).isEqualTo(report.id());
    }

    private void policyAndFramework(Project project) {
        runtime.startProcessInstanceByKey(Phase.POLICY_AND_FRAMEWORK.processKey(), project.id().toString(),
                Map.of(PROJECT_ID, project.id(), INCLUDES_27001, true, INCLUDES_42001, false));
    }

    private void add(Project project, Standard standard, String clause, String title) {
        register.add(project.id(), new DocumentDetails(standard, clause, title, "DOC-" + clause, "1", EXECUTIVE,
                EngineClock.today()), PROJECT_MANAGER);
    }

    private DocumentedInformation entry(Project project, String clause) {
        return register.entries(project.id()).stream().filter(e -> e.clause().equals(clause)).findFirst()
                .orElseThrow();
    }

    private static ReadinessReport.Line result(ReadinessReport report, String requirement) {
        return report.results().stream().filter(r -> r.requirement().equals(requirement)).findFirst()
                .orElseThrow(() -> new AssertionError("No result " + requirement + " in " + report.results()));
    }
}
