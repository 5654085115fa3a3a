package org.certflow.risk.process;

import static org.certflow.project.process.ProcessVariables.projectId;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.risk.RiskAssessmentFigures;
import org.certflow.risk.RiskAssessmentProgress;
import org.certflow.shared.CompletionRefusedException;
import org.springframework.stereotype.Component;

/**
 * Completion check of the control implementation phase's risk assessment ({@code Task_AssessRisks}): refused while
 * the register says the assessment is not done. Once done, it records what the register holds as the documented
 * information of clauses 8.2 and 8.3, which the certification audit collects.
 */
@Component
class RiskAssessmentCheck implements TaskListener {

    static final String RISK_REGISTER_REFERENCE = "riskRegisterReference";
    static final String TREATMENT_PLAN_REFERENCE = "treatmentPlanReference";

    private final RiskAssessmentProgress progress;

    RiskAssessmentCheck(RiskAssessmentProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateTask task) {
        RiskAssessmentFigures figures = progress.risks(projectId(task));
        if (!figures.isDone()) {
            throw new CompletionRefusedException("The risk assessment is not done yet. "
                    + String.join(" ", figures.openPoints()));
        }
        task.setVariable(RISK_REGISTER_REFERENCE, "Risk register in CertFlow: " + figures.risks()
                + (figures.risks() == 1 ? " risk, " : " risks, ") + (figures.aboveAppetite() == 0 ? "none"
                : figures.aboveAppetite() + ", accepted by an executive,") + " above the risk appetite of "
                + figures.appetite());
        task.setVariable(TREATMENT_PLAN_REFERENCE, "Treatment plans in the CertFlow risk register, each approved by "
                + "the risk's owner");
    }
}
