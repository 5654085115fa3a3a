package org.certflow.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.certflow.catalog.Standard;
import org.certflow.project.ProjectService;
import org.certflow.shared.EngineClock;
import org.certflow.shared.HeadlineFigure;
import org.certflow.shared.HeadlineFigure.State;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk register at a glance on the project's page: how many risks, residual risks above the appetite that no
 * executive accepted, reviews overdue and, with ISO 42001, the AI systems with a current impact assessment.
 */
@Service
public class RiskHeadlines {

    private final RiskRegister register;
    private final ProjectRiskSettings settings;
    private final RiskAssessmentProgress progress;
    private final ProjectService projects;

    RiskHeadlines(RiskRegister register, ProjectRiskSettings settings, RiskAssessmentProgress progress,
                  ProjectService projects) {
        this.register = register;
        this.settings = settings;
        this.progress = progress;
        this.projects = projects;
    }

    @Transactional(readOnly = true)
    public List<HeadlineFigure> of(long projectId) {
        List<Risk> risks = register.risks(projectId);
        int appetite = settings.of(projectId).riskAppetite();
        LocalDate today = EngineClock.today();
        List<HeadlineFigure> figures = new ArrayList<>(List.of(
                new HeadlineFigure("Risks in the register", String.valueOf(risks.size()),
                        risks.isEmpty() ? State.ATTENTION : State.OK),
                HeadlineFigure.count("Above the appetite, awaiting acceptance",
                        risks.stream().filter(r -> r.needsAcceptance(appetite, today)).count(), State.ATTENTION),
                HeadlineFigure.count("Reviews overdue",
                        risks.stream().filter(r -> r.isReviewOverdue(today)).count(), State.ALARM)));
        if (projects.get(projectId).includes(Standard.ISO42001)) {
            figures.add(aiImpact(progress.aiImpact(projectId)));
        }
        return figures;
    }

    private static HeadlineFigure aiImpact(AiImpactFigures ai) {
        String label = "AI systems with a current impact assessment";
        return ai.systems() == 0 ? new HeadlineFigure(label, "None listed", State.ATTENTION)
                : new HeadlineFigure(label, ai.assessed() + " of " + ai.systems(),
                        ai.isDone() ? State.OK : State.ATTENTION);
    }
}
