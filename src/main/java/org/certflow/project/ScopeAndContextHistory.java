package org.certflow.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Component;

/**
 * The answers of "Describe scope and context" (clauses 4.1-4.4) through time, from the engine's history of the
 * project's gap analysis: every value each answer had, with when it was given (again, when the gap analysis was sent
 * back and the scope described anew).
 */
@Component
class ScopeAndContextHistory {

    enum Answer {
        EXTERNAL_ISSUES("externalIssues", "External issues (4.1)"),
        INTERNAL_ISSUES("internalIssues", "Internal issues (4.1)"),
        CLIMATE_CHANGE("climateChangeRelevant", "Climate change a relevant issue (4.1)"),
        INTERESTED_PARTIES("interestedParties", "Interested parties and their requirements (4.2)"),
        SCOPE_STATEMENT("scopeStatement", "Scope statement (4.3)"),
        SCOPE_BOUNDARIES("scopeBoundaries", "Boundaries and interfaces (4.3)"),
        SCOPE_EXCLUSIONS("scopeExclusions", "Exclusions from the scope (4.3)");

        private final String variable;
        private final String label;

        Answer(String variable, String label) {
            this.variable = variable;
            this.label = label;
        }

        String label() {
            return label;
        }

        static Optional<Answer> ofVariable(String name) {
            return Arrays.stream(values()).filter(a -> a.variable.equals(name)).findFirst();
        }
    }

    /** One value of an answer, as text ("yes"/"no" for the climate change box; empty when left blank). */
    record Revision(Instant at, String value) {
    }

    private final HistoryService history;

    ScopeAndContextHistory(HistoryService history) {
        this.history = history;
    }

    /** Each answer given so far, with its values oldest first. */
    Map<Answer, List<Revision>> of(long projectId) {
        String[] gapAnalyses = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(projectId))
                .processDefinitionKey(Phase.GAP_ANALYSIS.processKey()).list().stream()
                .map(HistoricProcessInstance::getId).toArray(String[]::new);
        Map<Answer, List<Revision>> answers = new EnumMap<>(Answer.class);
        if (gapAnalyses.length == 0) {
            return answers;
        }
        history.createHistoricDetailQuery().processInstanceIdIn(gapAnalyses).variableUpdates().list().stream()
                .map(HistoricVariableUpdate.class::cast)
                .sorted(Comparator.<HistoricVariableUpdate, Date>comparing(HistoricDetail::getTime)
                        .thenComparingInt(HistoricVariableUpdate::getRevision))
                .forEach(update -> Answer.ofVariable(update.getVariableName()).ifPresent(answer -> answers
                        .computeIfAbsent(answer, a -> new ArrayList<>())
                        .add(new Revision(update.getTime().toInstant(), text(update.getValue())))));
        return answers;
    }

    private static String text(Object value) {
        if (value instanceof Boolean relevant) {
            return relevant ? "yes" : "no";
        }
        return value == null ? "" : value.toString().strip();
    }
}
