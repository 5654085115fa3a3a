package org.certflow.risk;

import java.util.List;

/**
 * Where a project's risk assessment stands in its register: how many risks, how many with a treatment plan their
 * owner approved, how many above the appetite and accepted by an executive, and what is still open (none when the
 * assessment is done).
 */
public record RiskAssessmentFigures(int risks, int plansApproved, int aboveAppetite, int accepted, int appetite,
                                    List<String> openPoints) {

    public boolean isDone() {
        return openPoints.isEmpty();
    }
}
