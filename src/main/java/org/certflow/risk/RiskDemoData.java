package org.certflow.risk;

import static org.certflow.risk.DemoRiskWork.EXECUTIVE;
import static org.certflow.risk.DemoRiskWork.at;
import static org.certflow.risk.process.RiskReviewVariables.RISK_ID;
import static org.certflow.risk.process.RiskReviewVariables.SCHEDULE_PROCESS;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.certflow.demo.ProjectWorker;
import org.certflow.project.Project;
import org.certflow.shared.EngineClock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the demo's first start, after the demo projects: the AI systems and risk registers of those whose phases did
 * not need them yet (the labs' came with their control implementation, see {@link LabsRiskDemo}), worked through
 * the real processes as their people would, with the engine clock set back. The AI platform's residual risk above
 * the appetite, reviewed at once as it was entered, waits for the executive's acceptance, and its newest AI system's
 * impact assessment for the AI governance lead; the robotics one she accepted until a date; the labs' quarterly
 * review, due while the demo's past was written, is open for its risk owner. All of it is one transaction.
 */
@Component
@Profile("demo")
@Order(4)
class RiskDemoData implements ApplicationRunner {

    private static final String AI_PLATFORM = "Northwind AI platform certification";
    private static final String RETAIL = "Northwind Retail ISMS";
    private static final String ROBOTICS = "Northwind Robotics AI management system";

    private final DemoRiskWork work;
    private final LabsRiskDemo labs;
    private final ProjectRiskSettings settings;
    private final ProjectWorker worker;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TransactionTemplate transactions;

    RiskDemoData(DemoRiskWork work, LabsRiskDemo labs, ProjectRiskSettings settings, ProjectWorker worker,
                 RuntimeService runtime, ManagementService management, TransactionTemplate transactions) {
        this.work = work;
        this.labs = labs;
        this.settings = settings;
        this.worker = worker;
        this.runtime = runtime;
        this.management = management;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Project> platform = work.project(AI_PLATFORM);
        if (platform.isEmpty() || work.seeded(platform.get().id())) {
            return;
        }
        LocalDate today = LocalDate.now();
        try {
            transactions.executeWithoutResult(status -> {
                aiPlatform(platform.get(), today);
                work.project(RETAIL).ifPresent(p -> retail(p, today));
                work.project(ROBOTICS).ifPresent(p -> robotics(p, today));
                work.project(LabsRiskDemo.LABS).ifPresent(p -> {
                    if (!work.seeded(p.id())) {
                        labs.seed(p);
                    }
                    ClockUtil.reset();
                    catchUpSchedule(p.id());
                });
            });
        } finally {
            ClockUtil.reset();
        }
    }

    private void aiPlatform(Project project, LocalDate today) {
        long id = project.id();
        at(today.minusWeeks(9));
        AiSystem scoring = work.list(id, "Credit-scoring model", "Scores consumer loan applications for the partner "
                + "banks from application and credit bureau data.", AiSystemRole.DEVELOPER);
        at(today.minusWeeks(5));
        work.assess(id, scoring, "Loan applicants, including people in financial difficulty; the partner banks' "
                + "underwriters.", "Non-discrimination; access to essential financial services; privacy.",
                "Automated credit decisions at scale can exclude whole neighbourhoods from credit.",
                "Postcode removed from the features; fairness tests per release; every decline reviewed by an "
                        + "underwriter; reasons for a decline sent to the applicant.", "high");
        work.approveAssessment(id, scoring);
        at(today.minusWeeks(3));
        work.add(id, "rita", "Loan applicants from some postcodes scored down", "Credit-scoring model",
                RiskThreat.BIAS, 4, 4, 2, 3, RiskTreatment.MITIGATE, "Postcode removed from the features; fairness "
                        + "tests on every release; quarterly disparity report to the credit committee.",
                "ISO42001:A.7.4", "ISO42001:A.6.2.4");
        Risk explanations = work.add(id, "rita", "Declined applicants get no explanation", "Credit-scoring model",
                RiskThreat.LACK_OF_TRANSPARENCY, 4, 3, 3, 3, RiskTreatment.MITIGATE, "Decline letters name the main "
                        + "factors; the explanation service goes live with the next model release.",
                "ISO42001:A.8.2");
        work.add(id, "rita", "Loan officers rubber-stamp automated declines", "Credit-scoring model",
                RiskThreat.INSUFFICIENT_HUMAN_OVERSIGHT, 3, 4, 2, 3, RiskTreatment.MITIGATE, "Underwriters review "
                        + "every decline above 10,000; a sample of the others is re-decided blind each month.",
                "ISO42001:A.9.2");
        work.add(id, "rita", "Analyst exports customer data to personal devices", "Customer data warehouse",
                RiskThreat.CONFIDENTIALITY, 3, 4, 2, 3, RiskTreatment.MITIGATE, "Exports only through the approved "
                        + "workspace; data leakage prevention on laptops; quarterly access review.", "ISO27001:8.12",
                "ISO27001:5.15");
        work.add(id, "rita", "Cloud region outage stops the scoring service", "Analytics platform (eu-west)",
                RiskThreat.AVAILABILITY, 2, 4, 1, 4, RiskTreatment.MITIGATE, "Active-passive deployment in a second "
                        + "region; fail-over tested twice a year.", "ISO27001:8.14", "ISO27001:5.30");
        work.add(id, "rita", "Payslip reader misreads handwritten payslips", "Payslip reader", RiskThreat.INTEGRITY,
                3, 2, 3, 2, RiskTreatment.ACCEPT, "Underwriters check every income figure read from a payslip before "
                        + "a decision; the supplier fixes misreads within a day.");
        at(today.minusDays(6));
        AiSystem payslips = work.list(id, "Payslip reader", "Third-party service that reads the payslips applicants "
                + "upload.", AiSystemRole.USER);
        at(today.minusDays(2));
        work.assess(id, payslips, "Loan applicants who upload payslips.", "Access to essential financial services; "
                + "privacy.", "Small: every figure it reads is checked by an underwriter.", "Underwriters check "
                + "every income figure read; misreads go back to the supplier.", "low");
        at(today.minusDays(1));
        work.review(id, explanations);
    }

    private void retail(Project project, LocalDate today) {
        long id = project.id();
        at(today.minusDays(4));
        settings.change(id, ReviewInterval.QUARTERLY, 10, ReviewInterval.YEARLY, EXECUTIVE);
        work.add(id, "sam", "Card data skimmed through a compromised payment script", "Online shop checkout",
                RiskThreat.CONFIDENTIALITY, 3, 5, 2, 5, RiskTreatment.MITIGATE, "Payment page served from the "
                        + "payment provider; script integrity checks and a content security policy on checkout.",
                "ISO27001:8.24", "ISO27001:8.16");
        work.add(id, "sam", "Warehouse system outage during the peak season", "Munich warehouse management system",
                RiskThreat.AVAILABILITY, 3, 4, 2, 3, RiskTreatment.MITIGATE, "Standby server in the second data "
                        + "room; peak-season freeze on changes.", "ISO27001:8.14", "ISO27001:5.30");
        work.add(id, "sam", "Discount codes leaked to bargain sites", "Online shop", RiskThreat.INTEGRITY, 4, 2, 2, 2,
                RiskTreatment.MITIGATE, "Single-use codes bound to the customer account.", "ISO27001:8.3");
    }

    /** The safety risk is above the appetite as it is entered: its review starts at once, and she accepts it. */
    private void robotics(Project project, LocalDate today) {
        long id = project.id();
        at(today.minusDays(19));
        AiSystem vision = work.list(id, "Warehouse vision model", "Detects people, pallets and obstacles for the "
                + "warehouse robots on the customers' sites.", AiSystemRole.DEVELOPER);
        at(today.minusDays(16));
        Risk person = work.add(id, "rita", "Vision model misses a person in a dark aisle", vision.name(),
                RiskThreat.SAFETY, 2, 5, 2, 4, RiskTreatment.MITIGATE, "Low-light training data from every customer "
                        + "site; robots slow down where the model's confidence drops.", "ISO42001:A.7.4",
                "ISO42001:A.6.2.6");
        at(today.minusDays(12));
        work.review(id, person);
        at(today.minusDays(11));
        worker.complete(id, work.taskAbout(id, "Task_AcceptResidualRisk", RISK_ID, person.id()), Map.of(
                "acceptResidualRiskDecision", "approve", "acceptedUntil", today.plusMonths(5).toString()));
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
}
