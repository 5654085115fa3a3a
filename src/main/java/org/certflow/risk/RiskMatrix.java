package org.certflow.risk;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Rates likelihood and impact with the risk matrix decision table ({@code processes/RiskMatrix.dmn}), the one place
 * the ratings are defined. The engine's DecisionService evaluates all 25 cells once per deployed version of the
 * table: a heat map or a list of risks then needs no evaluation (nor a row of decision history) per cell.
 */
@Component
public class RiskMatrix {

    public static final String DECISION = "RiskMatrix";
    public static final int MIN = 1;
    public static final int MAX = 5;
    public static final int MAX_SCORE = MAX * MAX;

    private final DecisionService decisions;
    private final RepositoryService repository;
    private volatile Ratings ratings;

    RiskMatrix(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    public static boolean isRating(Integer value) {
        return value != null && value >= MIN && value <= MAX;
    }

    public RiskRating rate(int likelihood, int impact) {
        if (!isRating(likelihood) || !isRating(impact)) {
            throw new IllegalArgumentException("Likelihood and impact go from " + MIN + " to " + MAX + ", not "
                    + likelihood + " and " + impact);
        }
        return ratings().cells[likelihood - MIN][impact - MIN];
    }

    private Ratings ratings() {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("The decision table " + DECISION + " is not deployed.");
        }
        Ratings current = ratings;
        if (current == null || !current.definitionId.equals(latest.getId())) {
            current = evaluate(latest.getId());
            ratings = current;
        }
        return current;
    }

    private Ratings evaluate(String definitionId) {
        RiskRating[][] cells = new RiskRating[MAX][MAX];
        for (int likelihood = MIN; likelihood <= MAX; likelihood++) {
            for (int impact = MIN; impact <= MAX; impact++) {
                DmnDecisionResultEntries result = decisions.evaluateDecisionById(definitionId)
                        .variables(Variables.createVariables().putValue("likelihood", likelihood)
                                .putValue("impact", impact))
                        .evaluate().getSingleResult();
                if (result == null) {
                    throw new IllegalStateException("The risk matrix has no rule for likelihood " + likelihood
                            + " and impact " + impact);
                }
                cells[likelihood - MIN][impact - MIN] = new RiskRating(((Number) result.getEntry("score")).intValue(),
                        RiskLevel.ofDecisionOutput(result.getEntry("level")));
            }
        }
        return new Ratings(definitionId, cells);
    }

    private record Ratings(String definitionId, RiskRating[][] cells) {
    }
}
