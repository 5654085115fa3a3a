package org.certflow.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.certflow.catalog.Standard;
import org.certflow.project.ProjectService;
import org.certflow.shared.EngineClock;
import org.certflow.shared.ReadinessCheck;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage 1 readiness from the risk register and the AI systems: every risk reviewed within the review interval,
 * no residual risk above the appetite without an executive's acceptance, and (ISO 42001) an approved, current
 * impact assessment for every AI system.
 */
@Component
class RiskReadiness implements ReadinessCheck {

    private final RiskRegister register;
    private final ProjectRiskSettings settings;
    private final AiSystems systems;
    private final RiskAssessmentProgress progress;
    private final ProjectService projects;

    RiskReadiness(RiskRegister register, ProjectRiskSettings settings, AiSystems systems,
                  RiskAssessmentProgress progress, ProjectService projects) {
        this.register = register;
        this.settings = settings;
        this.systems = systems;
        this.progress = progress;
        this.projects = projects;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Result> check(long projectId) {
        List<Risk> risks = register.risks(projectId);
        RiskSettings criteria = settings.of(projectId);
        LocalDate today = EngineClock.today();
        List<Result> results = new ArrayList<>();
        results.add(reviewedWithinInterval(risks, criteria, today));
        results.add(residualRisksAccepted(risks, criteria.riskAppetite(), today));
        if (projects.get(projectId).includes(Standard.ISO42001)) {
            results.add(aiSystemsAssessed(projectId, today));
        }
        return results;
    }

    private static Result reviewedWithinInterval(List<Risk> risks, RiskSettings criteria, LocalDate today) {
        String requirement = "Risks assessed and reviewed " + criteria.reviewInterval().label().toLowerCase()
                + " (6.1.2, 8.2)";
        if (risks.isEmpty()) {
            return new Result(requirement, false, "The risk register is empty.");
        }
        List<Risk> overdue = risks.stream().filter(r -> r.isReviewOverdue(today)).toList();
        return overdue.isEmpty() ? new Result(requirement, true, "All " + risks.size() + " risks are within their "
                + "review date.") : new Result(requirement, false, "Review overdue: " + titles(overdue) + ".");
    }

    private static Result residualRisksAccepted(List<Risk> risks, int appetite, LocalDate today) {
        String requirement = "Residual risks above the appetite accepted by top management (6.1.3 f)";
        List<Risk> above = risks.stream().filter(r -> r.isAboveAppetite(appetite)).toList();
        List<Risk> unaccepted = above.stream().filter(r -> r.needsAcceptance(appetite, today)).toList();
        if (!unaccepted.isEmpty()) {
            return new Result(requirement, false, "Not accepted: " + titles(unaccepted) + ".");
        }
        return new Result(requirement, true, above.isEmpty() ? "No residual risk above the appetite ("
                + appetite + ")." : "All " + above.size() + " accepted until a date.");
    }

    private Result aiSystemsAssessed(long projectId, LocalDate today) {
        String requirement = "Impact assessment of every AI system (ISO 42001 6.1.4)";
        List<AiSystem> active = systems.of(projectId).stream().filter(s -> !s.isRetired()).toList();
        if (active.isEmpty()) {
            return new Result(requirement, false, "No AI systems are listed.");
        }
        List<String> missing = progress.unassessed(active, today);
        return missing.isEmpty() ? new Result(requirement, true, "All " + active.size() + " AI systems assessed.")
                : new Result(requirement, false, "No current approved assessment: " + String.join(", ", missing) + ".");
    }

    private static String titles(List<Risk> risks) {
        return risks.stream().map(Risk::title).collect(Collectors.joining(", "));
    }
}
