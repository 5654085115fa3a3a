package org.certflow.demo;

import static org.certflow.demo.DemoPhases.at;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.NewProject;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.project.StandardsScope;
import org.certflow.project.StartingPoint;
import org.certflow.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the demo profile's first start, the demo organisation, the Northwind group, with four certification projects
 * at different stages, so every demo role finds real work at once:
 * <ul>
 * <li>the AI platform (both standards), ten weeks in, in control implementation: some controls accepted, one sent
 * back, some waiting for review, the risk assessment overdue;</li>
 * <li>the retail company (ISO 27001), one week in: the fresh project;</li>
 * <li>the robotics company (ISO 42001 on top of its ISO 27001 certificate), its AI policy waiting for the
 * executive;</li>
 * <li>the labs (ISO 42001 on top of ISO 27001), sixteen weeks in, every control implemented: the audit and
 * certification phase waits for the full internal audit it planned.</li>
 * </ul>
 * All of it is one transaction: a start killed half-way leaves nothing, and the next start seeds again.
 */
@Component
@Profile("demo")
@Order(2)
class DemoProjects implements ApplicationRunner {

    static final String AI_PLATFORM = "Northwind AI platform certification";
    static final String RETAIL = "Northwind Retail ISMS";
    static final String ROBOTICS = "Northwind Robotics AI management system";
    static final String LABS = "Northwind Labs assistant AIMS";
    private static final String PM = "pia";

    private final ProjectService projects;
    private final DemoPhases phases;
    private final ProjectWorker worker;
    private final TaskService tasks;
    private final TransactionTemplate transactions;

    DemoProjects(ProjectService projects, DemoPhases phases, ProjectWorker worker, TaskService tasks,
                 TransactionTemplate transactions) {
        this.projects = projects;
        this.phases = phases;
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
                aiPlatform(today.minusWeeks(10), today);
                retail(today.minusWeeks(1));
                robotics(today.minusWeeks(3));
                labs(today.minusWeeks(16), today);
            });
        } finally {
            ClockUtil.reset();
        }
    }

    private void aiPlatform(LocalDate start, LocalDate today) {
        Project project = create(start, new NewProject(AI_PLATFORM, "Northwind Analytics Ltd", StandardsScope.BOTH,
                StartingPoint.NONE, "Development, operation and support of the Northwind analytics platform and its "
                        + "AI credit-scoring services, Leeds and Lisbon offices and the eu-west cloud environments.",
                start, null, people(Set.of("colin", "carla"), "rita", "ivan")));
        phases.gapAnalysis(project, start, Map.of(
                "ISO27001:8.30", "No development is outsourced: all engineering is done by employees.",
                "ISO27001:7.12", "Fully serviced rented offices: cabling belongs to the landlord (lease clause 14)."));
        phases.policyAndFramework(project, start.plusDays(15), true);
        phases.implementControls(project.id(), today.minusDays(14), 12);
        at(today.minusDays(1));
        phases.reviewImplementations(project.id(), 10, 4);
        Task riskAssessment = worker.open(project.id(), "Task_AssessRisks").get(0);
        riskAssessment.setDueDate(DemoPhases.instant(today.minusDays(3), LocalTime.of(17, 0)));
        tasks.saveTask(riskAssessment);
    }

    private void retail(LocalDate start) {
        Project project = create(start, new NewProject(RETAIL, "Northwind Retail GmbH", StandardsScope.ISO27001_ONLY,
                StartingPoint.NONE, "Online shop, payment integration and the Munich warehouse systems.", start, null,
                Map.of(Role.PROJECT_MANAGER, Set.of(PM), Role.CONTROL_OWNER, Set.of("sam"),
                        Role.RISK_OWNER, Set.of("sam"), Role.INCIDENT_MANAGER, Set.of("sam"),
                        Role.INTERNAL_AUDITOR, Set.of("aude"), Role.EXECUTIVE, Set.of("eva"))));
        at(start.plusDays(2));
        worker.complete(project.id(), "Task_DescribeScopeAndContext", Map.of("scopeStatement",
                "The Northwind Retail online shop, its payment integration and the Munich warehouse systems."));
    }

    private void robotics(LocalDate start) {
        Project project = create(start, new NewProject(ROBOTICS, "Northwind Robotics BV", StandardsScope.ISO42001_ONLY,
                StartingPoint.CERTIFIED_27001, "The vision models of the warehouse robots, from training to operation "
                        + "on the customers' sites.", start, null, people(Set.of("carla"), "rita", "ivan")));
        phases.gapAnalysis(project, start, Map.of());
        at(start.plusDays(18));
        phases.draftPolicies(project);
    }

    /** Its control implementation ends nine days ago, so the full internal audit the phase plans is due in five. */
    private void labs(LocalDate start, LocalDate today) {
        Project project = create(start, new NewProject(LABS, "Northwind Labs Oy", StandardsScope.ISO42001_ONLY,
                StartingPoint.CERTIFIED_27001, "The Northwind customer assistant (a language model product) and its "
                        + "development team in Helsinki.", start, null, people(Set.of("colin"), "sam", "sam")));
        phases.gapAnalysis(project, start, Map.of());
        phases.policyAndFramework(project, start.plusDays(17), false);
        phases.controlImplementation(project, today.minusDays(21));
    }

    private Project create(LocalDate start, NewProject project) {
        at(start);
        return projects.create(project, PM);
    }

    /** The usual cast, with these control owners, risk owner and incident manager. */
    private static Map<Role, Set<String>> people(Set<String> controlOwners, String riskOwner, String incidentManager) {
        return Map.of(Role.PROJECT_MANAGER, Set.of(PM), Role.CONTROL_OWNER, controlOwners,
                Role.RISK_OWNER, Set.of(riskOwner), Role.AI_GOVERNANCE_LEAD, Set.of("aiden"),
                Role.INCIDENT_MANAGER, Set.of(incidentManager), Role.INTERNAL_AUDITOR, Set.of("aude"),
                Role.EXECUTIVE, Set.of("eva"));
    }
}
