package org.certflow.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * On the demo profile's first start, after the demo projects: an incident of the robotics project handled to its
 * closure over the last two weeks, and one of the AI platform reported an hour ago, waiting for ivan's triage.
 * Worked through the real process as the people holding its roles, in one transaction.
 */
@Component
@Profile("demo")
@Order(3)
class IncidentDemo implements ApplicationRunner {

    private static final String AI_PLATFORM = "Northwind AI platform certification";
    private static final String ROBOTICS = "Northwind Robotics AI management system";
    private static final String INCIDENT_MANAGER = "ivan";

    private final ProjectService projects;
    private final Incidents incidents;
    private final IncidentActions actions;
    private final ProjectWorker worker;
    private final TransactionTemplate transactions;

    IncidentDemo(ProjectService projects, Incidents incidents, IncidentActions actions, ProjectWorker worker,
                 TransactionTemplate transactions) {
        this.projects = projects;
        this.incidents = incidents;
        this.actions = actions;
        this.worker = worker;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Project> platform = project(AI_PLATFORM);
        Optional<Project> robotics = project(ROBOTICS);
        if (platform.isEmpty() || robotics.isEmpty() || !incidents.of(platform.get().id()).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now();
        try {
            transactions.executeWithoutResult(status -> {
                closedRoboticsIncident(robotics.get().id(), today.minusDays(12));
                openPlatformIncident(platform.get().id());
            });
        } finally {
            ClockUtil.reset();
        }
    }

    private void closedRoboticsIncident(long projectId, LocalDate reported) {
        at(reported, LocalTime.of(9, 40));
        Incident incident = incidents.report(new IncidentReport(projectId,
                "Vision model misread pallet labels after a camera firmware update",
                "After the camera firmware update of the night shift, robots in hall B put 37 pallets on the wrong "
                        + "lanes; the pickers noticed the next morning. Nobody was hurt.",
                EngineClock.now().minus(Duration.ofHours(5)), "Warehouse robot vision model, Camera firmware 4.2",
                true, false, Impact.NONE, Impact.MEDIUM, Impact.MEDIUM, Impact.LOW), "carla");
        at(reported, LocalTime.of(10, 30));
        worker.complete(projectId, "Task_TriageIncident", Map.of("triageIncidentDecision", "approve"));
        at(reported, LocalTime.of(14, 0));
        worker.complete(projectId, "Task_ContainIncident", Map.of("containmentActions",
                "Firmware rolled back to 4.1 on all hall B cameras; the 37 pallets re-sorted by hand.",
                "incidentContained", true));
        worker.complete(projectId, "Task_AssessAiIncident", Map.of("aiSystemBehaviour",
                "The model read the new firmware's sharper images as a different label font. Pickers lost half a "
                        + "shift; no customer order left late.", "aiSystemSuspended", true, "aiOversightFindings",
                "Shift leads saw odd routing but had no way to pause the robots: add a pause procedure."));
        at(reported.plusDays(2), LocalTime.of(11, 0));
        worker.complete(projectId, "Task_AnalyseIncidentRootCause", Map.of("rootCause",
                "Camera firmware is not under change control: the model was never re-validated on the new images."));
        at(reported.plusDays(3), LocalTime.of(9, 0));
        actions.plan(incident.id(), new NewCorrectiveAction("Put camera firmware under change control: re-validate "
                + "the vision model before any firmware update", "carla", reported.plusDays(9)), INCIDENT_MANAGER);
        worker.complete(projectId, "Task_PlanCorrectiveActions", Map.of());
        at(reported.plusDays(8), LocalTime.of(16, 0));
        worker.complete(projectId, "Task_TakeCorrectiveAction", Map.of("correctiveActionResult",
                "Change procedure CP-7 now lists camera firmware; validation set of 2,000 labelled images added."));
        at(reported.plusDays(10), LocalTime.of(10, 0));
        worker.complete(projectId, "Task_CloseIncident", Map.of("closeIncidentDecision", "approve", "lessonsLearned",
                "Anything that changes an AI system's input data is a change to the AI system."));
    }

    private void openPlatformIncident(long projectId) {
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofHours(1))));
        incidents.report(new IncidentReport(projectId, "Support chatbot showed another customer's order details",
                "A customer asked the support chatbot about a late delivery and got the order number, items and "
                        + "delivery address of another customer. Screenshot sent to support.",
                EngineClock.now().minus(Duration.ofMinutes(40)), "Support chatbot, Order database", true, true,
                Impact.MEDIUM, Impact.NONE, Impact.NONE, Impact.LOW), "colin");
    }

    private Optional<Project> project(String name) {
        return projects.visibleTo("pia").stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static void at(LocalDate day, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(ZoneId.systemDefault()).toInstant()));
    }
}
