package org.certflow.risk.process;

import static org.certflow.project.process.ProcessVariables.projectId;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.risk.AiImpactFigures;
import org.certflow.risk.RiskAssessmentProgress;
import org.certflow.shared.CompletionRefusedException;
import org.springframework.stereotype.Component;

/**
 * Completion check of the control implementation phase's AI impact assessment ({@code Task_AssessAiImpact}):
 * refused until every AI system in use has a current, approved impact assessment. Once done, it records them as
 * the documented information of ISO 42001 clause 8.4, which the certification audit collects.
 */
@Component
class AiImpactAssessmentCheck implements TaskListener {

    static final String AI_IMPACT_ASSESSMENT_REFERENCE = "aiImpactAssessmentReference";

    private final RiskAssessmentProgress progress;

    AiImpactAssessmentCheck(RiskAssessmentProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateTask task) {
        AiImpactFigures figures = progress.aiImpact(projectId(task));
        if (!figures.isDone()) {
            throw new CompletionRefusedException("The AI system impact assessment is not done yet. "
                    + String.join(" ", figures.openPoints()));
        }
        task.setVariable(AI_IMPACT_ASSESSMENT_REFERENCE, "Impact assessments of " + figures.systems()
                + (figures.systems() == 1 ? " AI system" : " AI systems") + " in CertFlow, each approved by the AI "
                + "governance lead");
    }
}
