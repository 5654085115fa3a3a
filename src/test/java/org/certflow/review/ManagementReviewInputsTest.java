package org.certflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.incident.IncidentReportBuilder.aReport;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.certification.AuditFindings;
import org.certflow.certification.AuditStage;
import org.certflow.certification.CertificationAudit;
import org.certflow.certification.CertificationAudits;
import org.certflow.certification.FindingGrade;
import org.certflow.certification.NewFinding;
import org.certflow.certification.StageReport;
import org.certflow.incident.Incidents;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.risk.AiSystemInput;
import org.certflow.risk.AiSystemRole;
import org.certflow.risk.AiSystems;
import org.certflow.risk.RiskInput;
import org.certflow.risk.RiskRegister;
import org.certflow.risk.RiskThreat;
import org.certflow.risk.RiskTreatment;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.ReadyForStageOne;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Clause 9.3.2 in a real review: a dual-standard project whose people have worked in every feature since its first
 * management review; the next review gathers each topic from what CertFlow recorded, nothing typed by hand.
 */
@SpringTest
class ManagementReviewInputsTest extends ReviewTestSupport {

    private static final String PREVIOUS_ACTIONS = "Status of actions from previous management reviews";
    private static final String CONTEXT = "Changes in external and internal issues and in interested parties' needs";
    private static final String CHANGES = "Changes in AI systems and risks";
    private static final String OBJECTIVES = "Fulfilment of objectives: the project's progress";
    private static final String DOCUMENTED = "Documented objectives and documented information approved";
    private static final String INTERNAL_AUDITS = "Internal audits, nonconformities and corrective actions";
    private static final String CERTIFICATION_AUDITS = "Certification body audits and their findings";
    private static final String INCIDENTS = "Incidents since the last review";
    private static final String RISKS = "Risk assessment results and risk treatment";
    private static final String AI_IMPACT = "AI system impact assessments";
    private static final String SOA = "Statement of Applicability and control implementation";
    private static final String DECISIONS = "Decisions taken in the project since the last management review";

    @Autowired
    ReadyForStageOne ready;
    @Autowired
    RiskRegister risks;
    @Autowired
    AiSystems aiSystems;
    @Autowired
    Incidents incidents;
    @Autowired
    CertificationAudits certificationAudits;
    @Autowired
    AuditFindings certificationFindings;

    @Test
    void the_next_review_gathers_every_topic_of_clause_9_3_2_for_a_dual_standard_project() {
        Project project = newProject(StandardsScope.BOTH, PROJECT_MANAGER, EXECUTIVE);
        describeScopeAndContext(project, "EU AI Act obligations from 2026.");
        ready.prepare(project);
        ManagementReview first = reviews.latestCompleted(project.id()).orElseThrow();
        String lastReview = "since the management review approved on "
                + Dates.day(first.approval().orElseThrow().approvedAt());
        later();
        runtime.createProcessInstanceModification(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(project.id())).processDefinitionKey("GapAnalysisProcess")
                .singleResult().getId()).startBeforeActivity("Task_DescribeScopeAndContext").execute();
        describeScopeAndContext(project, "A second banking customer requires ISO 42001.");
        risks.add(project.id(), new RiskInput("Supplier outage", "Payment gateway", RiskThreat.AVAILABILITY, 3, 4,
                2, 3, RISK_OWNER, RiskTreatment.TRANSFER, "Contractual penalties and a second supplier", Set.of(),
                EngineClock.today().plusMonths(1)), PROJECT_MANAGER);
        aiSystems.add(project.id(), new AiSystemInput("Fraud detector", "Flags suspicious payments",
                AiSystemRole.USER), AI_LEAD);
        incidents.report(aReport(project.id()).summary("Scoring API keys leaked").build(), CONTROL_OWNER);
        CertificationAudit audit = certificationAudits.open(project.id());
        certificationFindings.record(audit.id(), AuditStage.STAGE_1, new NewFinding(FindingGrade.MINOR_NONCONFORMITY,
                "6.2", "Objectives lack measures", CONTROL_OWNER), PROJECT_MANAGER);
        certificationAudits.stage1Audited(audit.id(), new StageReport(EngineClock.today(), "CB-S1",
                "Documentation largely in place."));

        ProcessInstance next = holdNow(project);

        ManagementReview review = review(next);
        assertThat(review.inputs()).extracting(InputSection::title).containsExactlyInAnyOrder(PREVIOUS_ACTIONS,
                CONTEXT, CHANGES, OBJECTIVES, DOCUMENTED, INTERNAL_AUDITS, CERTIFICATION_AUDITS, INCIDENTS, RISKS,
                AI_IMPACT, SOA, DECISIONS);
        assertThat(review.inputs()).extracting(InputSection::title).containsSubsequence(PREVIOUS_ACTIONS, CONTEXT,
                CHANGES, OBJECTIVES, DOCUMENTED, INTERNAL_AUDITS, CERTIFICATION_AUDITS, AI_IMPACT, SOA, DECISIONS);
        assertThat(facts(review, PREVIOUS_ACTIONS)).singleElement().asString()
                .startsWith("Automate the quarterly access review (Continual improvement; Pia Palmer");
        assertThat(facts(review, CONTEXT)).containsExactly(
                "Standards and scope, as set when the project was created on "
                        + Dates.day(project.createdAt()) + ": ISO 27001 + ISO 42001; Head office",
                "External issues (4.1) changed on " + Dates.day(EngineClock.now()) + ": A second banking "
                        + "customer requires ISO 42001. (before: EU AI Act obligations from 2026.)");
        assertThat(facts(review, CHANGES)).containsExactly(
                "AI systems listed " + lastReview + ": Fraud detector (" + Dates.day(EngineClock.now()) + ").",
                "1 risk added " + lastReview + ": Supplier outage (residual medium).");
        assertThat(facts(review, DOCUMENTED)).containsExactly(
                "Information security objectives (6.2): https://docs.acme.example/isms/6.2, version 1.0, approved by "
                        + "Eva Eriksen on " + Dates.day(first.approval().orElseThrow().approvedAt()) + ".",
                "AI objectives (6.2): https://docs.acme.example/isms/6.2, version 1.0, approved by Eva Eriksen on "
                        + Dates.day(first.approval().orElseThrow().approvedAt()) + ".",
                "No documented information approved " + lastReview + ".");
        assertThat(facts(review, OBJECTIVES)).contains(
                "ISO/IEC 27001:2022: 0 of 2 applicable controls implemented (0 %).",
                "ISO/IEC 42001:2023: 0 of 2 applicable controls implemented (0 %).")
                .anySatisfy(fact -> assertThat(fact).startsWith("Gap analysis: planned "
                        + Dates.day(project.startDate()) + " to "))
                .anySatisfy(fact -> assertThat(fact).matches("\\d+ tasks? overdue: .*|No task is overdue\\."));
        assertThat(facts(review, INTERNAL_AUDITS)).anySatisfy(fact -> assertThat(fact)
                .contains("Full internal audit before Stage 1"));
        assertThat(facts(review, CERTIFICATION_AUDITS)).contains(
                "Stage 1 on " + Dates.day(EngineClock.today()) + " (report CB-S1): Documentation largely in "
                        + "place.",
                "Stage 1 minor nonconformity, 6.2: Objectives lack measures. Owner: Colin Ortega; no corrective "
                        + "action raised yet.");
        assertThat(facts(review, INCIDENTS)).anySatisfy(fact -> assertThat(fact)
                .contains("\"Scoring API keys leaked\""));
        assertThat(facts(review, RISKS)).first().asString().startsWith("2 risks; residual levels:");
        assertThat(facts(review, AI_IMPACT)).anySatisfy(fact -> assertThat(fact)
                .startsWith("Support assistant (AI provider): low impact, approved"));
        assertThat(facts(review, SOA)).containsExactly(
                "ISO/IEC 27001:2022: 93 controls, 93 decided, 2 applicable, 0 of them implemented",
                "ISO/IEC 42001:2023: 38 controls, 38 decided, 2 applicable, 0 of them implemented");
        assertThat(facts(review, DECISIONS)).isEmpty();
    }

    private void describeScopeAndContext(Project project, String externalIssues) {
        String task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(project.id()))
                .taskDefinitionKey("Task_DescribeScopeAndContext").singleResult().getId();
        assertThat(taskList.complete(PROJECT_MANAGER, task, Map.of("externalIssues", externalIssues,
                "internalIssues", "Security team of three.", "interestedParties", "Banks, regulators, staff.",
                "scopeStatement", "The analytics platform.", "scopeBoundaries", "Engineering and operations."))
                .isDone()).isTrue();
    }

    private static List<String> facts(ManagementReview review, String title) {
        return review.inputs().stream().filter(section -> section.title().equals(title)).findFirst().orElseThrow()
                .facts();
    }

    private static void later() {
        ClockUtil.setCurrentTime(Date.from(EngineClock.now().plus(Duration.ofDays(2))));
    }
}
