package org.certflow.test_support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.certflow.audit.Audit;
import org.certflow.audit.AuditPlan;
import org.certflow.audit.AuditProgramme;
import org.certflow.audit.AuditExecution;
import org.certflow.audit.Conformity;
import org.certflow.catalog.Standard;
import org.certflow.certification.DocumentDetails;
import org.certflow.certification.DocumentedInformationRegister;
import org.certflow.certification.DocumentedInformationRegister.Coverage;
import org.certflow.project.Project;
import org.certflow.project.SoaLine;
import org.certflow.project.StatementOfApplicability;
import org.certflow.review.DecisionTopic;
import org.certflow.review.ManagementReview;
import org.certflow.review.ManagementReviews;
import org.certflow.review.NewDecision;
import org.certflow.review.ReviewDecisions;
import org.certflow.review.ReviewSchedule;
import org.certflow.risk.AiSystem;
import org.certflow.risk.AiSystemInput;
import org.certflow.risk.AiSystemRole;
import org.certflow.risk.AiSystems;
import org.certflow.risk.ReviewRound;
import org.certflow.risk.Risk;
import org.certflow.risk.RiskInput;
import org.certflow.risk.RiskRegister;
import org.certflow.risk.RiskReviews;
import org.certflow.risk.RiskThreat;
import org.certflow.risk.RiskTreatment;
import org.certflow.risk.process.AiImpactVariables;
import org.certflow.risk.process.RiskReviewVariables;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.tasklist.TaskListService;
import org.certflow.tasklist.TaskOutcome;
import org.springframework.stereotype.Component;

/**
 * Brings a project to readiness for the Stage 1 audit the way its people would, through every feature whose
 * readiness check applies: the Statement of Applicability decided (few controls applicable, to keep the audit
 * small), every mandatory document registered and approved, a risk within the appetite (and, with ISO 42001, an
 * AI system whose impact assessment is approved), a full-scope internal audit with conforming results, and a
 * management review approved with a decision. Each step also serves on its own.
 */
@Component
public class ReadyForStageOne {

    /** How many controls of each standard the SoA calls applicable. */
    public static final int APPLICABLE_PER_STANDARD = 2;
    private static final Set<String> CLAUSES_4_TO_10 = Set.of("4", "5", "6", "7", "8", "9", "10");

    private final StatementOfApplicability soa;
    private final DocumentedInformationRegister register;
    private final RiskRegister risks;
    private final AiSystems aiSystems;
    private final RiskReviews riskReviews;
    private final AuditProgramme programme;
    private final AuditExecution execution;
    private final ReviewSchedule reviewSchedule;
    private final ManagementReviews reviews;
    private final ReviewDecisions reviewDecisions;
    private final TaskService tasks;
    private final TaskListService taskList;

    ReadyForStageOne(StatementOfApplicability soa, DocumentedInformationRegister register, RiskRegister risks,
                     AiSystems aiSystems, RiskReviews riskReviews, AuditProgramme programme, AuditExecution execution,
                     ReviewSchedule reviewSchedule, ManagementReviews reviews, ReviewDecisions reviewDecisions,
                     TaskService tasks, TaskListService taskList) {
        this.soa = soa;
        this.register = register;
        this.risks = risks;
        this.aiSystems = aiSystems;
        this.riskReviews = riskReviews;
        this.programme = programme;
        this.execution = execution;
        this.reviewSchedule = reviewSchedule;
        this.reviews = reviews;
        this.reviewDecisions = reviewDecisions;
        this.tasks = tasks;
        this.taskList = taskList;
    }

    /** Every readiness check of every feature passes for the project afterwards. */
    public void prepare(Project project) {
        decideStatementOfApplicability(project);
        registerMandatoryDocuments(project);
        assessRisks(project);
        auditFullScope(project);
        reviewByManagement(project);
    }

    /**
     * Every control decided with a justification: the first {@value #APPLICABLE_PER_STANDARD} of each standard
     * applicable, owned by the project's first control owner.
     */
    public void decideStatementOfApplicability(Project project) {
        String owner = project.holders(Role.CONTROL_OWNER).get(0);
        Map<Standard, Integer> decided = new HashMap<>();
        for (SoaLine line : soa.lines(project.id())) {
            boolean applicable = decided.merge(line.standard(), 1, Integer::sum) <= APPLICABLE_PER_STANDARD;
            soa.decide(line.id(), applicable, applicable ? "Treats a risk in the register" : "Outside the scope",
                    applicable ? owner : null);
        }
    }

    /**
     * What the processes did not document yet (all of it for a project that ran none), the project manager registers
     * by hand: afterwards every piece of documented information the standards require has an approved entry.
     */
    public void registerMandatoryDocuments(Project project) {
        String executive = project.holders(Role.EXECUTIVE).get(0);
        register.collect(project.id());
        register.coverage(project.id()).stream().filter(c -> !c.isApproved()).map(Coverage::document)
                .forEach(document -> register.add(project.id(), new DocumentDetails(document.standard(),
                        document.clause(), document.title(), "https://docs.acme.example/isms/" + document.clause(),
                        "1.0", executive, EngineClock.today()), projectManager(project)));
    }

    /**
     * A mitigated risk whose residual rating is within the appetite, treated by the first applicable control, its
     * treatment plan approved by its owner in a review; with ISO 42001 also an AI system whose impact assessment the
     * risk owner drafts and the AI governance lead approves.
     */
    public void assessRisks(Project project) {
        String riskOwner = project.holders(Role.RISK_OWNER).get(0);
        Risk risk = risks.add(project.id(), new RiskInput("Customer data disclosed", "Customer database",
                RiskThreat.CONFIDENTIALITY, 3, 4, 1, 3, riskOwner, RiskTreatment.MITIGATE,
                "Encryption at rest and quarterly access reviews", Set.of(soa.applicableControls(project.id())
                .get(0)), EngineClock.today().plusMonths(1)), projectManager(project));
        approveTreatmentPlan(project, risk);
        if (project.includes(Standard.ISO42001)) {
            String aiLead = project.holders(Role.AI_GOVERNANCE_LEAD).get(0);
            AiSystem assistant = aiSystems.add(project.id(), new AiSystemInput("Support assistant",
                    "Answers customers' questions about their orders", AiSystemRole.PROVIDER), aiLead);
            String assessment = aiImpactAssessmentOf(assistant);
            complete(riskOwner, task(assessment, "Task_AssessAiSystemImpact"), Map.of(
                    "affectedGroups", "Customers asking for support", "fundamentalRights", "Consumer protection",
                    "societalImpact", "Trust in automated advice", "mitigations", "Hand-over to a person on request",
                    "impactLevel", "low"));
            complete(aiLead, task(assessment, "Task_ApproveAiImpactAssessment"), Map.of(
                    "approveAiImpactAssessmentDecision", "approve"));
        }
    }

    /** The risk's owner reviews it, confirming its ratings, and approves its treatment plan (ISO 27001 6.1.3 f). */
    public void approveTreatmentPlan(Project project, Risk risk) {
        ReviewRound round = riskReviews.startOnDemand(project.id(), List.of(risk.id()), projectManager(project))
                .orElseThrow();
        String review = tasks.createTaskQuery().processVariableValueEquals(RiskReviewVariables.REVIEW_ROUND_ID,
                round.id()).singleResult().getProcessInstanceId();
        complete(risk.owner(), task(review, "Task_ReviewRisk"), Map.of("likelihood", risk.likelihood(), "impact",
                risk.impact(), "residualLikelihood", risk.residualLikelihood(), "residualImpact",
                risk.residualImpact(), "treatment", risk.treatment().formValue(), "treatmentPlan",
                risk.treatmentPlan()));
        complete(risk.owner(), task(review, "Task_ApproveTreatmentPlan"), Map.of("approveTreatmentPlanDecision",
                "approve"));
    }

    /**
     * The project manager plans an audit of clauses 4-10 and every applicable control for the project's first
     * internal auditor, who carries it out.
     */
    public Audit auditFullScope(Project project) {
        Set<String> controls = soa.applicableControls(project.id()).stream().collect(Collectors.toSet());
        return carryOut(programme.plan(new AuditPlan(project.id(), "Full internal audit before Stage 1",
                EngineClock.today(), project.holders(Role.INTERNAL_AUDITOR).get(0), CLAUSES_4_TO_10, controls),
                projectManager(project)));
    }

    /** The audit's auditor records every requirement in its scope without a result conforming, and completes it. */
    public Audit carryOut(Audit audit) {
        Audit planned = programme.get(audit.id());
        planned.results().stream().filter(result -> !result.isRecorded())
                .forEach(result -> execution.recordResult(planned.id(), result.requirement(), Conformity.CONFORMING,
                        "Records sampled", planned.auditor()));
        complete(planned.auditor(), task(planned.processInstanceId(), "Task_CarryOutAudit"), Map.of(
                "auditConclusion", "The management system conforms and is effectively implemented."));
        return programme.get(planned.id());
    }

    /** A management review held today: prepared, one decision recorded by the executive, approved. */
    public ManagementReview reviewByManagement(Project project) {
        return completeReview(project, reviewSchedule.holdNow(project.id()));
    }

    /**
     * The review of this ManagementReviewProcess instance, held today: the project manager prepares it, the executive
     * records a decision and approves it.
     */
    public ManagementReview completeReview(Project project, String processInstanceId) {
        String executive = project.holders(Role.EXECUTIVE).get(0);
        LocalDate today = EngineClock.today();
        complete(projectManager(project), task(processInstanceId, "Task_PrepareManagementReview"), Map.of(
                "managementReviewDate", today.toString(), "agenda", "Audit results, risks, decisions"));
        ManagementReview review = reviews.ofProcessInstance(processInstanceId).orElseThrow();
        reviewDecisions.record(review.id(), new NewDecision(DecisionTopic.CONTINUAL_IMPROVEMENT,
                "Automate the quarterly access review", projectManager(project), today.plusMonths(1)), executive);
        complete(executive, task(processInstanceId, "Task_DecideManagementReview"), Map.of(
                "decideManagementReviewDecision", "approve", "reviewConclusion", "Suitable, adequate and effective.",
                "nextReviewDate", today.plusYears(1).toString()));
        return reviews.find(review.id()).orElseThrow();
    }

    private String aiImpactAssessmentOf(AiSystem system) {
        return tasks.createTaskQuery().processVariableValueEquals(AiImpactVariables.AI_SYSTEM_ID, system.id())
                .taskDefinitionKey("Task_AssessAiSystemImpact").singleResult().getProcessInstanceId();
    }

    private Task task(String processInstanceId, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey)
                .singleResult();
    }

    /** Completes the task through the task list as this person; it must succeed. */
    private void complete(String user, Task task, Map<String, Object> values) {
        TaskOutcome outcome = taskList.complete(user, task.getId(), values);
        if (!outcome.isDone()) {
            throw new IllegalStateException(task.getTaskDefinitionKey() + " as " + user + ": " + outcome.message()
                    + " " + outcome.fieldErrors());
        }
    }

    private static String projectManager(Project project) {
        return project.holders(Role.PROJECT_MANAGER).get(0);
    }
}
