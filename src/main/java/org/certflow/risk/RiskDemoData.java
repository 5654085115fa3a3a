package org.certflow.risk;

import static org.certflow.risk.process.AiImpactVariables.AI_SYSTEM_ID;
import static org.certflow.risk.process.RiskReviewVariables.RISK_ID;
import static org.certflow.risk.process.RiskReviewVariables.SCHEDULE_PROCESS;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.certflow.demo.ProjectWorker;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.shared.EngineClock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the demo's first start, after the demo projects: their AI systems and risk registers, worked through the real
 * processes as their people would, with the engine clock set back. The AI platform's residual risk above the
 * appetite waits for the executive's acceptance; the robotics one she accepted until a date; the labs' quarterly
 * review, due while the demo's past was written, is open for its risk owner; AI impact assessments are approved,
 * drafted or waiting for their assessor. All of it is one transaction.
 */
@Component
@Profile("demo")
@Order(4)
class RiskDemoData implements ApplicationRunner {

    private static final String AI_PLATFORM = "Northwind AI platform certification";
    private static final String RETAIL = "Northwind Retail ISMS";
    private static final String ROBOTICS = "Northwind Robotics AI management system";
    private static final String LABS = "Northwind Labs assistant AIMS";
    private static final String PM = "pia";
    private static final String AI_LEAD = "aiden";
    private static final String EXECUTIVE = "eva";

    private final ProjectService projects;
    private final RiskRegister register;
    private final RiskReviews reviews;
    private final ProjectRiskSettings settings;
    private final AiSystems aiSystems;
    private final ProjectWorker worker;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TransactionTemplate transactions;

    RiskDemoData(ProjectService projects, RiskRegister register, RiskReviews reviews, ProjectRiskSettings settings,
                 AiSystems aiSystems, ProjectWorker worker, TaskService tasks, RuntimeService runtime,
                 ManagementService management, TransactionTemplate transactions) {
        this.projects = projects;
        this.register = register;
        this.reviews = reviews;
        this.settings = settings;
        this.aiSystems = aiSystems;
        this.worker = worker;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Project> platform = project(AI_PLATFORM);
        if (platform.isEmpty() || !register.risks(platform.get().id()).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now();
        try {
            transactions.executeWithoutResult(status -> {
                aiPlatform(platform.get(), today);
                project(RETAIL).ifPresent(p -> retail(p, today));
                project(ROBOTICS).ifPresent(p -> robotics(p, today));
                project(LABS).ifPresent(p -> labs(p, today));
            });
        } finally {
            ClockUtil.reset();
        }
    }

    private void aiPlatform(Project project, LocalDate today) {
        long id = project.id();
        at(today.minusWeeks(9));
        AiSystem scoring = list(id, "Credit-scoring model", "Scores consumer loan applications for the partner banks "
                + "from application and credit bureau data.", AiSystemRole.DEVELOPER);
        at(today.minusWeeks(5));
        assess(id, scoring, "Loan applicants, including people in financial difficulty; the partner banks' "
                + "underwriters.", "Non-discrimination; access to essential financial services; privacy.",
                "Automated credit decisions at scale can exclude whole neighbourhoods from credit.",
                "Postcode removed from the features; fairness tests per release; every decline reviewed by an "
                        + "underwriter; reasons for a decline sent to the applicant.", "high");
        worker.approve(id, "Task_ApproveAiImpactAssessment");
        at(today.minusWeeks(3));
        add(id, "rita", "Loan applicants from some postcodes scored down", "Credit-scoring model", RiskThreat.BIAS,
                4, 4, 2, 3, RiskTreatment.MITIGATE, "Postcode removed from the features; fairness tests on every "
                        + "release; quarterly disparity report to the credit committee.", "ISO42001:A.7.4",
                "ISO42001:A.6.2.4");
        Risk explanations = add(id, "rita", "Declined applicants get no explanation", "Credit-scoring model",
                RiskThreat.LACK_OF_TRANSPARENCY, 4, 3, 3, 3, RiskTreatment.MITIGATE, "Decline letters name the main "
                        + "factors; the explanation service goes live with the next model release.",
                "ISO42001:A.8.2");
        add(id, "rita", "Loan officers rubber-stamp automated declines", "Credit-scoring model",
                RiskThreat.INSUFFICIENT_HUMAN_OVERSIGHT, 3, 4, 2, 3, RiskTreatment.MITIGATE, "Underwriters review "
                        + "every decline above 10,000; a sample of the others is re-decided blind each month.",
                "ISO42001:A.9.2");
        add(id, "rita", "Analyst exports customer data to personal devices", "Customer data warehouse",
                RiskThreat.CONFIDENTIALITY, 3, 4, 2, 3, RiskTreatment.MITIGATE, "Exports only through the approved "
                        + "workspace; data leakage prevention on laptops; quarterly access review.", "ISO27001:8.12",
                "ISO27001:5.15");
        add(id, "rita", "Cloud region outage stops the scoring service", "Analytics platform (eu-west)",
                RiskThreat.AVAILABILITY, 2, 4, 1, 4, RiskTreatment.MITIGATE, "Active-passive deployment in a second "
                        + "region; fail-over tested twice a year.", "ISO27001:8.14", "ISO27001:5.30");
        add(id, "rita", "Payslip reader misreads handwritten payslips", "Payslip reader", RiskThreat.INTEGRITY, 3, 2,
                3, 2, RiskTreatment.ACCEPT, "Underwriters check every income figure read from a payslip before a "
                        + "decision; the supplier fixes misreads within a day.");
        at(today.minusDays(6));
        list(id, "Payslip reader", "Third-party service that reads the payslips applicants upload.",
                AiSystemRole.USER);
        at(today.minusDays(2));
        reviews.startOnDemand(id, List.of(explanations.id()), "rita");
        at(today.minusDays(1));
        review(id, explanations);
    }

    private void retail(Project project, LocalDate today) {
        long id = project.id();
        at(today.minusDays(4));
        settings.change(id, ReviewInterval.QUARTERLY, 10, ReviewInterval.YEARLY, EXECUTIVE);
        add(id, "sam", "Card data skimmed through a compromised payment script", "Online shop checkout",
                RiskThreat.CONFIDENTIALITY, 3, 5, 2, 5, RiskTreatment.MITIGATE, "Payment page served from the "
                        + "payment provider; script integrity checks and a content security policy on checkout.",
                "ISO27001:8.24", "ISO27001:8.16");
        add(id, "sam", "Warehouse system outage during the peak season", "Munich warehouse management system",
                RiskThreat.AVAILABILITY, 3, 4, 2, 3, RiskTreatment.MITIGATE, "Standby server in the second data "
                        + "room; peak-season freeze on changes.", "ISO27001:8.14", "ISO27001:5.30");
        add(id, "sam", "Discount codes leaked to bargain sites", "Online shop", RiskThreat.INTEGRITY, 4, 2, 2, 2,
                RiskTreatment.MITIGATE, "Single-use codes bound to the customer account.", "ISO27001:8.3");
    }

    private void robotics(Project project, LocalDate today) {
        long id = project.id();
        at(today.minusDays(19));
        AiSystem vision = list(id, "Warehouse vision model", "Detects people, pallets and obstacles for the "
                + "warehouse robots on the customers' sites.", AiSystemRole.DEVELOPER);
        at(today.minusDays(16));
        Risk person = add(id, "rita", "Vision model misses a person in a dark aisle", vision.name(),
                RiskThreat.SAFETY, 2, 5, 2, 4, RiskTreatment.MITIGATE, "Low-light training data from every customer "
                        + "site; robots slow down where the model's confidence drops.", "ISO42001:A.7.4",
                "ISO42001:A.6.2.6");
        reviews.startOnDemand(id, List.of(person.id()), "rita");
        at(today.minusDays(12));
        review(id, person);
        at(today.minusDays(11));
        worker.complete(id, taskAbout(id, "Task_AcceptResidualRisk", RISK_ID, person.id()), Map.of(
                "acceptResidualRiskDecision", "approve", "acceptedUntil", today.plusMonths(5).toString()));
    }

    private void labs(Project project, LocalDate today) {
        long id = project.id();
        at(today.minusWeeks(15));
        AiSystem assistant = list(id, "Customer assistant", "Language-model assistant answering customers' "
                + "questions in the Northwind app.", AiSystemRole.PROVIDER);
        at(today.minusWeeks(11));
        add(id, "sam", "Assistant gives harmful financial advice", assistant.name(), RiskThreat.SOCIETAL_IMPACT, 3, 4,
                2, 3, RiskTreatment.MITIGATE, "The assistant declines advice on investments and debt and hands over "
                        + "to a person; answers are sampled weekly.", "ISO42001:A.9.4", "ISO42001:A.8.2");
        add(id, "sam", "Users do not know they are talking to an AI", assistant.name(),
                RiskThreat.LACK_OF_TRANSPARENCY, 3, 3, 1, 3, RiskTreatment.MITIGATE, "Every conversation starts with "
                        + "a notice; the assistant's answers are labelled.", "ISO42001:A.8.2");
        add(id, "sam", "Assistant answers from outdated product data", "Product knowledge base", RiskThreat.INTEGRITY,
                3, 3, 2, 2, RiskTreatment.MITIGATE, "Nightly re-indexing of the product catalogue; stale sources "
                        + "flagged to the content team.", "ISO42001:A.7.4");
        at(today.minusDays(3));
        assess(id, assistant, "App users, including minors and people with little financial literacy.",
                "Consumer protection; privacy; non-discrimination in the service offered.",
                "Wrong answers at scale can mislead many customers at once.",
                "Hand-over to a person; refusals for advice topics; weekly sampling of answers.", "moderate");
        ClockUtil.reset();
        catchUpSchedule(id);
    }

    /** The labs' first quarterly review fell due while the demo's past was written: it starts now. */
    private void catchUpSchedule(long projectId) {
        String schedule = runtime.createProcessInstanceQuery().processDefinitionKey(SCHEDULE_PROCESS)
                .processInstanceBusinessKey(String.valueOf(projectId)).singleResult().getId();
        for (Job due : management.createJobQuery().processInstanceId(schedule).timers()
                .duedateLowerThan(Date.from(EngineClock.now())).list()) {
            management.executeJob(due.getId());
        }
    }

    private AiSystem list(long projectId, String name, String purpose, AiSystemRole role) {
        return aiSystems.add(projectId, new AiSystemInput(name, purpose, role), AI_LEAD);
    }

    private void assess(long projectId, AiSystem system, String affected, String rights, String society,
                        String mitigations, String level) {
        worker.complete(projectId, taskAbout(projectId, "Task_AssessAiSystemImpact", AI_SYSTEM_ID, system.id()),
                Map.of("affectedGroups", affected, "fundamentalRights", rights, "societalImpact", society,
                        "mitigations", mitigations, "impactLevel", level));
    }

    private Risk add(long projectId, String owner, String title, String asset, RiskThreat threat, int likelihood,
                     int impact, int residualLikelihood, int residualImpact, RiskTreatment treatment, String plan,
                     String... controls) {
        LocalDate nextReview = EngineClock.today().plus(settings.of(projectId).reviewInterval().period());
        return register.add(projectId, new RiskInput(title, asset, threat, likelihood, impact, residualLikelihood,
                residualImpact, owner, treatment, plan, Set.of(controls), nextReview), PM);
    }

    /** The owner confirms the ratings and approves the treatment plan. */
    private void review(long projectId, Risk risk) {
        worker.complete(projectId, taskAbout(projectId, "Task_ReviewRisk", RISK_ID, risk.id()), Map.of(
                "likelihood", risk.likelihood(), "impact", risk.impact(), "residualLikelihood",
                risk.residualLikelihood(), "residualImpact", risk.residualImpact(), "treatment",
                risk.treatment().formValue(), "treatmentPlan", risk.treatmentPlan(), "reviewNotes",
                "Ratings confirmed after the controls were implemented."));
        worker.complete(projectId, taskAbout(projectId, "Task_ApproveTreatmentPlan", RISK_ID, risk.id()),
                Map.of("approveTreatmentPlanDecision", "approve"));
    }

    private Task taskAbout(long projectId, String taskKey, String variable, long id) {
        return worker.open(projectId, taskKey).stream()
                .filter(task -> Long.valueOf(id).equals(tasks.getVariable(task.getId(), variable))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No open " + taskKey + " about " + variable + " " + id));
    }

    private Optional<Project> project(String name) {
        return projects.all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
    }
}
