package org.certflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** One case per rule of {@code processes/IncidentSeverity.dmn}, in the table's order, and the order's effect. */
@SpringTest
class IncidentSeverityDecisionTest {

    @Autowired
    DecisionService decisions;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            serious harm to people from an AI system is major            | none   | none   | none   | true  | high   | major
            high impact on confidentiality and integrity is major        | high   | high   | none   | false | none   | major
            high impact on confidentiality and availability is major     | high   | low    | high   | false | none   | major
            high impact on integrity and availability is major           | medium | high   | high   | false | none   | major
            high impact on confidentiality alone is high                 | high   | medium | medium | false | none   | high
            high impact on integrity alone is high                       | none   | high   | low    | false | none   | high
            high impact on availability alone is high                    | low    | none   | high   | false | none   | high
            moderate harm to people from an AI system is high            | low    | none   | none   | true  | medium | high
            medium impact on confidentiality is medium                   | medium | low    | none   | false | none   | medium
            medium impact on integrity is medium                         | none   | medium | none   | false | none   | medium
            medium impact on availability is medium                      | low    | low    | medium | false | none   | medium
            minor harm to people from an AI system is medium             | none   | none   | none   | true  | low    | medium
            low or no impact everywhere is low                           | low    | low    | low    | false | none   | low
            the worst aspect sets the severity: high beats AI harm       | high   | none   | none   | true  | low    | high
            harm to people counts only with an AI system involved        | none   | none   | none   | false | high   | low
            an AI system without harm to people is rated by C, I and A   | none   | medium | none   | true  | none   | medium
            """)
    void severity_follows_the_rule(String rule, String confidentiality, String integrity, String availability,
                                   boolean involvesAi, String harmToPeople, String severity) {
        Object result = decisions.evaluateDecisionTableByKey("IncidentSeverity", Map.of(
                "confidentialityImpact", confidentiality, "integrityImpact", integrity,
                "availabilityImpact", availability, "involvesAi", involvesAi, "harmToPeople", harmToPeople))
                .getSingleResult().getSingleEntry();

        assertThat(result).as(rule).isEqualTo(severity);
    }
}
