package org.certflow.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.certflow.catalog.Standard;
import org.certflow.project.NewProject;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.project.SoaLine;
import org.certflow.project.StandardsScope;
import org.certflow.project.StartingPoint;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the demo profile's first start, two projects of the demo organisation with real history: Northwind's
 * dual-standard project, ten weeks in and in control implementation (some controls done, some in review, one
 * sent back, the risk assessment overdue), and Contoso's ISO 27001 project, one week in. The engine clock is set
 * back while their tasks are worked, so dates and history read as if people had done the work over those weeks.
 * All of it is one transaction: a start killed half-way leaves nothing, and the next start seeds again.
 */
@Component
@Profile("demo")
@Order(2)
class DemoProjects implements ApplicationRunner {

    static final String NORTHWIND = "Northwind AI platform certification";
    static final String CONTOSO = "Contoso Retail ISMS";
    private static final String PM = "pia";

    private final ProjectService projects;
    private final StatementOfApplicability soa;
    private final ProjectWorker worker;
    private final TaskService tasks;
    private final TransactionTemplate transactions;

    DemoProjects(ProjectService projects, StatementOfApplicability soa, ProjectWorker worker, TaskService tasks,
                 TransactionTemplate transactions) {
        this.projects = projects;
        this.soa = soa;
        this.worker = worker;
        this.tasks = tasks;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (projects.anyExists()) {
            return;
        }
        LocalDate today = LocalDate.now();
        try {
            transactions.executeWithoutResult(status -> {
                seedNorthwind(today.minusWeeks(10), today);
                seedContoso(today.minusWeeks(1));
            });
        } finally {
            ClockUtil.reset();
        }
    }

    private void seedNorthwind(LocalDate start, LocalDate today) {
        at(start);
        long id = projects.create(new NewProject(NORTHWIND, "Northwind Analytics Ltd", StandardsScope.BOTH,
                StartingPoint.NONE, "Development, operation and support of the Northwind analytics platform and its "
                        + "AI credit-scoring services, Leeds and Lisbon offices and the eu-west cloud environments.",
                start, null, Map.of(Role.PROJECT_MANAGER, Set.of(PM), Role.CONTROL_OWNER, Set.of("colin", "carla"),
                        Role.RISK_OWNER, Set.of("rita"), Role.AI_GOVERNANCE_LEAD, Set.of("aiden"),
                        Role.INCIDENT_MANAGER, Set.of("ivan"), Role.INTERNAL_AUDITOR, Set.of("aude"),
                        Role.EXECUTIVE, Set.of("eva"))), PM).id();
        gapAnalysis(id, start);
        policyAndFramework(id, start.plusWeeks(4));
        controlImplementation(id, start.plusWeeks(8), today);
    }

    private void gapAnalysis(long id, LocalDate from) {
        at(from.plusDays(3));
        worker.complete(id, "Task_DescribeScopeAndContext");
        at(from.plusDays(6));
        worker.complete(id, "Task_InventoryInformationAssets");
        worker.complete(id, "Task_InventoryAiSystems");
        at(from.plusDays(10));
        worker.complete(id, "Task_MapDocumentation");
        at(from.plusDays(14));
        decideApplicability(id);
        worker.complete(id, "Task_AssessApplicability");
        at(from.plusDays(20));
        worker.complete(id, "Task_EstimateEffort");
        at(from.plusDays(26));
        worker.approve(id, "Task_ApproveGapAnalysis");
    }

    /** Every control applicable but two, owners taking turns; the justifications an auditor would read. */
    private void decideApplicability(long id) {
        Map<String, String> notApplicable = Map.of(
                "ISO27001:8.30", "No development is outsourced: all engineering is done by employees.",
                "ISO27001:7.12", "Fully serviced rented offices: cabling belongs to the landlord (lease clause 14).");
        List<String> owners = List.of("colin", "carla");
        List<SoaLine> lines = soa.lines(id);
        for (int i = 0; i < lines.size(); i++) {
            SoaLine line = lines.get(i);
            String reason = notApplicable.get(line.controlKey());
            soa.decide(line.id(), reason == null, reason != null ? reason : justification(line),
                    owners.get(i % owners.size()));
        }
    }

    private static String justification(SoaLine line) {
        return line.standard() == Standard.ISO42001
                ? "Required to treat the risks of the AI scoring services (AI risk assessment, impact assessments)."
                : "Required to treat risks in the risk register and by customer contracts.";
    }

    private void policyAndFramework(long id, LocalDate from) {
        at(from.plusDays(4));
        worker.complete(id, "Task_DraftSecurityPolicy");
        worker.complete(id, "Task_DraftAiPolicy");
        at(from.plusDays(6));
        worker.decide(id, "Task_ApproveSecurityPolicy", "reject",
                "Add an objective for supplier security and say who may grant exceptions to the policy.");
        worker.approve(id, "Task_ApproveAiPolicy");
        at(from.plusDays(9));
        worker.complete(id, "Task_DraftSecurityPolicy", Map.of("securityPolicyVersion", "1.1",
                "securityPolicyChanges", "Supplier objective added; exceptions granted by the CISO only."));
        at(from.plusDays(10));
        worker.approve(id, "Task_ApproveSecurityPolicy");
        at(from.plusDays(15));
        worker.complete(id, "Task_DefineRiskAssessmentMethod");
        worker.complete(id, "Task_DefineAiImpactAssessmentMethod");
        at(from.plusDays(20));
        worker.complete(id, "Task_DefineRolesAndResponsibilities");
        at(from.plusDays(26));
        worker.approve(id, "Task_ApprovePolicyAndFramework");
    }

    /**
     * Twelve controls implemented over the last fortnight: nine accepted, one sent back, two awaiting review.
     * The risk assessment was due three days ago.
     */
    private void controlImplementation(long id, LocalDate from, LocalDate today) {
        List<Task> implementations = worker.open(id, "Task_ImplementControl").subList(0, 12);
        for (int i = 0; i < implementations.size(); i++) {
            at(from.plusDays(1 + i));
            worker.complete(id, implementations.get(i), Map.of());
        }
        at(today.minusDays(1));
        List<Task> reviews = worker.open(id, "Task_ReviewControlImplementation");
        for (int i = 0; i < 10; i++) {
            if (i == 4) {
                worker.complete(id, reviews.get(i), Map.of("reviewControlImplementationDecision", "sendBack",
                        "reviewControlImplementationReason", "The evidence link points to a draft; link the approved "
                                + "version and the training records."));
            } else {
                worker.complete(id, reviews.get(i), Map.of("reviewControlImplementationDecision", "approve"));
            }
        }
        Task riskAssessment = worker.open(id, "Task_AssessRisks").get(0);
        riskAssessment.setDueDate(endOf(today.minusDays(3)));
        tasks.saveTask(riskAssessment);
    }

    private void seedContoso(LocalDate start) {
        at(start);
        long id = projects.create(new NewProject(CONTOSO, "Contoso Retail GmbH", StandardsScope.ISO27001_ONLY,
                StartingPoint.NONE, "Online shop, payment integration and the Munich warehouse systems.", start, null,
                Map.of(Role.PROJECT_MANAGER, Set.of(PM), Role.CONTROL_OWNER, Set.of("sam"),
                        Role.RISK_OWNER, Set.of("sam"), Role.INCIDENT_MANAGER, Set.of("sam"),
                        Role.INTERNAL_AUDITOR, Set.of("aude"), Role.EXECUTIVE, Set.of("eva"))), PM).id();
        at(start.plusDays(2));
        worker.complete(id, "Task_DescribeScopeAndContext", Map.of("scopeStatement",
                "The Contoso online shop, its payment integration and the Munich warehouse systems."));
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(ZoneId.systemDefault())
                .toInstant()));
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(17, 0)).atZone(ZoneId.systemDefault()).toInstant());
    }
}
