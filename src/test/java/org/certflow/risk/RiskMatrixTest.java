package org.certflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The risk matrix decision table, rule by rule, as the engine evaluates it. */
@SpringTest
class RiskMatrixTest {

    @Autowired
    DecisionService decisions;
    @Autowired
    RiskMatrix matrix;

    @ParameterizedTest(name = "likelihood {0} x impact {1} is critical")
    @CsvSource({"3, 5", "5, 3", "4, 4", "5, 5"})
    void a_score_of_15_or_more_is_critical(int likelihood, int impact) {
        assertThat(rate(likelihood, impact)).containsEntry("level", "critical")
                .containsEntry("score", likelihood * impact);
    }

    @ParameterizedTest(name = "likelihood {0} x impact 5 is high")
    @CsvSource({"1", "2"})
    void a_severe_impact_is_high_however_rare(int likelihood) {
        // 1 x 5 scores 5, which the score rules alone would rate medium
        assertThat(rate(likelihood, 5)).containsEntry("level", "high").containsEntry("score", likelihood * 5);
    }

    @ParameterizedTest(name = "likelihood {0} x impact {1} is high")
    @CsvSource({"2, 4", "4, 2", "3, 3", "3, 4", "4, 3"})
    void a_score_from_8_to_14_is_high(int likelihood, int impact) {
        assertThat(rate(likelihood, impact)).containsEntry("level", "high");
    }

    @ParameterizedTest(name = "likelihood {0} x impact {1} is medium")
    @CsvSource({"1, 4", "4, 1", "2, 2", "2, 3", "3, 2", "5, 1"})
    void a_score_from_4_to_7_is_medium(int likelihood, int impact) {
        assertThat(rate(likelihood, impact)).containsEntry("level", "medium");
    }

    @ParameterizedTest(name = "likelihood {0} x impact {1} is low")
    @CsvSource({"1, 1", "1, 3", "3, 1", "1, 2"})
    void a_score_from_1_to_3_is_low(int likelihood, int impact) {
        assertThat(rate(likelihood, impact)).containsEntry("level", "low");
    }

    @ParameterizedTest(name = "likelihood {0} x impact {1} matches no rule")
    @CsvSource({"0, 3", "3, 6", "6, 6"})
    void ratings_outside_1_to_5_match_no_rule(int likelihood, int impact) {
        assertThat(decisions.evaluateDecisionTableByKey(RiskMatrix.DECISION,
                Map.of("likelihood", likelihood, "impact", impact)).getResultList()).isEmpty();
    }

    @Test
    void the_register_rates_with_the_table() {
        assertThat(matrix.rate(2, 5)).isEqualTo(new RiskRating(10, RiskLevel.HIGH));
        assertThat(matrix.rate(2, 3)).isEqualTo(new RiskRating(6, RiskLevel.MEDIUM));
        assertThatThrownBy(() -> matrix.rate(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private Map<String, Object> rate(int likelihood, int impact) {
        return decisions.evaluateDecisionTableByKey(RiskMatrix.DECISION,
                Map.of("likelihood", likelihood, "impact", impact)).getSingleResult().getEntryMap();
    }
}
