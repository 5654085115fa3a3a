package org.certflow.certification;

import static org.certflow.project.process.ProcessVariables.APPROVE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.springframework.stereotype.Component;

/**
 * The documented information the certification processes already hold for a project (see {@link DocumentSource}):
 * the latest value of each source variable in any process instance of the project (business key = project id),
 * with its version and approval.
 */
@Component
class CollectedDocuments {

    private static final int MAX_REFERENCE = 500;

    private final HistoryService history;
    private final Decisions decisions;

    CollectedDocuments(HistoryService history, Decisions decisions) {
        this.history = history;
        this.decisions = decisions;
    }

    /** One entry the register should hold, under its source key. */
    record Collected(String source, DocumentDetails details) {
    }

    List<Collected> of(long projectId) {
        String businessKey = String.valueOf(projectId);
        String[] instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .list().stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
        if (instances.length == 0) {
            return List.of();
        }
        Map<String, String> values = latestValues(instances);
        List<Decision> approvals = decisions.of(projectId).stream().filter(d -> APPROVE.equals(d.outcome())).toList();
        return DocumentSource.ALL.stream().filter(source -> values.containsKey(source.variable()))
                .map(source -> new Collected(source.key(), details(source, values, approvals, businessKey)))
                .toList();
    }

    private Map<String, String> latestValues(String[] instances) {
        String[] names = DocumentSource.ALL.stream()
                .flatMap(s -> s.versionVariable() == null ? Stream.of(s.variable())
                        : Stream.of(s.variable(), s.versionVariable()))
                .distinct().toArray(String[]::new);
        Map<String, String> values = new HashMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceIdIn(instances).variableNameIn(names).list()
                .stream().filter(v -> v.getValue() != null && !v.getValue().toString().isBlank())
                .sorted(Comparator.comparing(HistoricVariableInstance::getCreateTime))
                .forEach(v -> values.put(v.getName(), v.getValue().toString().trim()));
        return values;
    }

    private DocumentDetails details(DocumentSource source, Map<String, String> values, List<Decision> approvals,
                                    String businessKey) {
        String reference = source.referenceFormat().formatted(values.get(source.variable()));
        Optional<Approval> approval = source.approvedIn() == null ? completion(source.producedIn(), businessKey)
                : approvals.stream().filter(d -> d.taskId().equals(source.approvedIn()))
                        .max(Comparator.comparing(Decision::decidedAt))
                        .map(d -> new Approval(d.decidedBy(), day(d.decidedAt())));
        return new DocumentDetails(source.standard(), source.clause(), source.title(),
                reference.length() > MAX_REFERENCE ? reference.substring(0, MAX_REFERENCE - 1) + "…" : reference,
                source.versionVariable() == null ? null : values.get(source.versionVariable()),
                approval.map(Approval::by).orElse(null), approval.map(Approval::on).orElse(null));
    }

    /** Who completed the producing task last, and when: they answer for a document nobody approves separately. */
    private Optional<Approval> completion(String taskKey, String businessKey) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).finished().orderByHistoricTaskInstanceEndTime().desc().list().stream()
                .filter(t -> t.getAssignee() != null).findFirst()
                .map(t -> new Approval(t.getAssignee(), day(t.getEndTime().toInstant())));
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneId.systemDefault());
    }

    private record Approval(String by, LocalDate on) {
    }
}
