package org.certflow.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk assessment and AI impact assessment of a project, computed from the register and the AI systems rather
 * than ticked by hand: the control implementation phase's tasks show these figures and complete only once nothing
 * is open.
 */
@Service
public class RiskAssessmentProgress {

    private final RiskRegister register;
    private final RiskHistory history;
    private final ProjectRiskSettings settings;
    private final AiSystems systems;
    private final AiImpactAssessments assessments;

    RiskAssessmentProgress(RiskRegister register, RiskHistory history, ProjectRiskSettings settings,
                           AiSystems systems, AiImpactAssessments assessments) {
        this.register = register;
        this.history = history;
        this.settings = settings;
        this.systems = systems;
        this.assessments = assessments;
    }

    /**
     * Done once the register holds risks, each with a treatment plan its owner approved in a review (ISO 27001
     * 6.1.3 f) and none above the appetite without an executive's acceptance.
     */
    @Transactional(readOnly = true)
    public RiskAssessmentFigures risks(long projectId) {
        List<Risk> risks = register.risks(projectId);
        int appetite = settings.of(projectId).riskAppetite();
        LocalDate today = EngineClock.today();
        List<Risk> unapproved = risks.stream().filter(risk -> !history.planApproved(risk.id())).toList();
        List<Risk> above = risks.stream().filter(risk -> risk.isAboveAppetite(appetite)).toList();
        List<Risk> unaccepted = above.stream().filter(risk -> risk.needsAcceptance(appetite, today)).toList();
        List<String> open = new ArrayList<>();
        if (risks.isEmpty()) {
            open.add("The risk register is empty: identify the risks of the scope in it.");
        }
        if (!unapproved.isEmpty()) {
            open.add("Treatment plan not yet approved by the risk's owner in a review: " + titles(unapproved) + ".");
        }
        if (!unaccepted.isEmpty()) {
            open.add("Residual risk above the appetite (" + appetite + ") not accepted by an executive: "
                    + titles(unaccepted) + ".");
        }
        return new RiskAssessmentFigures(risks.size(), risks.size() - unapproved.size(), above.size(),
                above.size() - unaccepted.size(), appetite, open);
    }

    /** Done once every AI system in use has a current impact assessment its AI governance lead approved. */
    @Transactional(readOnly = true)
    public AiImpactFigures aiImpact(long projectId) {
        List<AiSystem> active = systems.of(projectId).stream().filter(system -> !system.isRetired()).toList();
        List<String> unassessed = unassessed(active, EngineClock.today());
        List<String> open = new ArrayList<>();
        if (active.isEmpty()) {
            open.add("No AI systems are listed: list the AI systems in the scope on the risk pages.");
        }
        if (!unassessed.isEmpty()) {
            open.add("No current approved impact assessment: " + String.join(", ", unassessed) + ".");
        }
        return new AiImpactFigures(active.size(), active.size() - unassessed.size(), open);
    }

    /** The names of those systems without an approved impact assessment that is current on that day. */
    List<String> unassessed(List<AiSystem> active, LocalDate day) {
        return active.stream().filter(system -> assessments.latestApproved(system.id())
                .filter(assessment -> assessment.isCurrentOn(day)).isEmpty()).map(AiSystem::name).toList();
    }

    private static String titles(List<Risk> risks) {
        return risks.stream().map(Risk::title).collect(Collectors.joining(", "));
    }
}
