package org.certflow.risk;

import static org.certflow.risk.process.AiImpactVariables.AI_SYSTEM_ID;
import static org.certflow.risk.process.RiskReviewVariables.RISK_ID;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.certflow.demo.ProjectWorker;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.shared.EngineClock;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The risk work of the demo's people, done through the register, the AI systems and the real review and
 * assessment tasks: the project manager enters risks, the AI governance lead lists AI systems, risk owners assess
 * and review, on the days the engine clock is set to.
 */
@Component
@Profile("demo")
class DemoRiskWork {

    static final String PM = "pia";
    static final String AI_LEAD = "aiden";
    static final String EXECUTIVE = "eva";

    private final ProjectService projects;
    private final RiskRegister register;
    private final ProjectRiskSettings settings;
    private final AiSystems aiSystems;
    private final ProjectWorker worker;
    private final TaskService tasks;

    DemoRiskWork(ProjectService projects, RiskRegister register, ProjectRiskSettings settings, AiSystems aiSystems,
                 ProjectWorker worker, TaskService tasks) {
        this.projects = projects;
        this.register = register;
        this.settings = settings;
        this.aiSystems = aiSystems;
        this.worker = worker;
        this.tasks = tasks;
    }

    Optional<Project> project(String name) {
        return projects.all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Whether the project's risk work is seeded already: it has risks. */
    boolean seeded(long projectId) {
        return !register.risks(projectId).isEmpty();
    }

    AiSystem list(long projectId, String name, String purpose, AiSystemRole role) {
        return aiSystems.add(projectId, new AiSystemInput(name, purpose, role), AI_LEAD);
    }

    /** A risk owner drafts the system's impact assessment. */
    void assess(long projectId, AiSystem system, String affected, String rights, String society, String mitigations,
                String level) {
        worker.complete(projectId, taskAbout(projectId, "Task_AssessAiSystemImpact", AI_SYSTEM_ID, system.id()),
                Map.of("affectedGroups", affected, "fundamentalRights", rights, "societalImpact", society,
                        "mitigations", mitigations, "impactLevel", level));
    }

    /** The AI governance lead approves the system's drafted assessment. */
    void approveAssessment(long projectId, AiSystem system) {
        worker.complete(projectId, taskAbout(projectId, "Task_ApproveAiImpactAssessment", AI_SYSTEM_ID,
                system.id()), Map.of("approveAiImpactAssessmentDecision", "approve"));
    }

    /** The project manager enters a risk, due for review within the project's interval. */
    Risk add(long projectId, String owner, String title, String asset, RiskThreat threat, int likelihood, int impact,
             int residualLikelihood, int residualImpact, RiskTreatment treatment, String plan, String... controls) {
        LocalDate nextReview = EngineClock.today().plus(settings.of(projectId).reviewInterval().period());
        return register.add(projectId, new RiskInput(title, asset, threat, likelihood, impact, residualLikelihood,
                residualImpact, owner, treatment, plan, Set.of(controls), nextReview), PM);
    }

    /** The owner confirms the ratings and approves the treatment plan. */
    void review(long projectId, Risk risk) {
        worker.complete(projectId, taskAbout(projectId, "Task_ReviewRisk", RISK_ID, risk.id()), Map.of(
                "likelihood", risk.likelihood(), "impact", risk.impact(), "residualLikelihood",
                risk.residualLikelihood(), "residualImpact", risk.residualImpact(), "treatment",
                risk.treatment().formValue(), "treatmentPlan", risk.treatmentPlan(), "reviewNotes",
                "Ratings confirmed after the controls were implemented."));
        worker.complete(projectId, taskAbout(projectId, "Task_ApproveTreatmentPlan", RISK_ID, risk.id()),
                Map.of("approveTreatmentPlanDecision", "approve"));
    }

    Task taskAbout(long projectId, String taskKey, String variable, long id) {
        return worker.open(projectId, taskKey).stream()
                .filter(task -> Long.valueOf(id).equals(tasks.getVariable(task.getId(), variable))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No open " + taskKey + " about " + variable + " " + id));
    }

    static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
    }
}
