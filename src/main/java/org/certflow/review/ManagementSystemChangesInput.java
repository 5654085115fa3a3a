package org.certflow.review;

import static org.certflow.risk.process.AiImpactVariables.AI_SYSTEM_ID;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.certflow.catalog.Standard;
import org.certflow.project.ProjectService;
import org.certflow.project.ReviewPeriod;
import org.certflow.risk.AiSystem;
import org.certflow.risk.AiSystems;
import org.certflow.risk.Risk;
import org.certflow.risk.RiskRegister;
import org.certflow.risk.process.AiImpactVariables;
import org.certflow.shared.Dates;
import org.certflow.shared.ManagementReviewInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clause 9.3.2 b: the changes in the management system since the last review (for the first one, since the gap
 * analysis): AI systems listed or retired (ISO 42001) and risks added to the register. Read through the risk
 * feature's services, as its own inputs report the state rather than the changes; an AI system's listing and
 * retirement are the start and end of its {@code AiImpactAssessmentProcess}, the one record of when they happened.
 */
@Component
class ManagementSystemChangesInput implements ManagementReviewInput {

    private final ReviewPeriod period;
    private final ProjectService projects;
    private final AiSystems aiSystems;
    private final RiskRegister risks;
    private final HistoryService history;

    ManagementSystemChangesInput(ReviewPeriod period, ProjectService projects, AiSystems aiSystems,
                                 RiskRegister risks, HistoryService history) {
        this.period = period;
        this.projects = projects;
        this.aiSystems = aiSystems;
        this.risks = risks;
        this.history = history;
    }

    @Override
    public String title() {
        return "Changes in AI systems and risks";
    }

    @Override
    public int position() {
        return 25;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> facts(long projectId) {
        ReviewPeriod.Start start = period.start(projectId);
        List<String> facts = new ArrayList<>();
        if (projects.get(projectId).includes(Standard.ISO42001)) {
            facts.addAll(aiSystemChanges(projectId, start));
        }
        List<Risk> added = risks.risks(projectId).stream().filter(r -> r.createdAt().isAfter(start.at())).toList();
        facts.add(added.isEmpty() ? "No risk added " + start.since() + "." : added.size()
                + (added.size() == 1 ? " risk" : " risks") + " added " + start.since() + ": " + added.stream()
                .map(r -> r.title() + " (residual " + r.residual().level().label().toLowerCase() + ")")
                .collect(Collectors.joining(", ")) + ".");
        return facts;
    }

    private List<String> aiSystemChanges(long projectId, ReviewPeriod.Start start) {
        List<HistoricProcessInstance> assessments = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(AiImpactVariables.PROCESS).processInstanceBusinessKey(String.valueOf(projectId))
                .list();
        if (assessments.isEmpty()) {
            return List.of("No AI system listed or retired " + start.since() + ".");
        }
        Map<Long, HistoricProcessInstance> bySystem = history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(assessments.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .variableName(AI_SYSTEM_ID).list().stream().filter(v -> v.getValue() instanceof Number)
                .collect(Collectors.toMap(v -> ((Number) v.getValue()).longValue(), v -> instance(assessments, v),
                        (first, second) -> first));
        List<String> listed = new ArrayList<>();
        List<String> retired = new ArrayList<>();
        for (AiSystem system : aiSystems.of(projectId)) {
            HistoricProcessInstance assessment = bySystem.get(system.id());
            if (assessment != null && after(assessment.getStartTime(), start)) {
                listed.add(system.name() + " (" + Dates.day(assessment.getStartTime().toInstant()) + ")");
            }
            if (system.isRetired() && assessment != null && after(assessment.getEndTime(), start)) {
                retired.add(system.name() + " (" + Dates.day(assessment.getEndTime().toInstant()) + ")");
            }
        }
        if (listed.isEmpty() && retired.isEmpty()) {
            return List.of("No AI system listed or retired " + start.since() + ".");
        }
        List<String> facts = new ArrayList<>();
        if (!listed.isEmpty()) {
            facts.add("AI systems listed " + start.since() + ": " + String.join(", ", listed) + ".");
        }
        if (!retired.isEmpty()) {
            facts.add("AI systems retired " + start.since() + ": " + String.join(", ", retired) + ".");
        }
        return facts;
    }

    private static HistoricProcessInstance instance(List<HistoricProcessInstance> instances,
                                                    HistoricVariableInstance variable) {
        return instances.stream().filter(i -> i.getId().equals(variable.getProcessInstanceId())).findFirst()
                .orElseThrow();
    }

    private static boolean after(Date moment, ReviewPeriod.Start start) {
        return moment != null && moment.toInstant().isAfter(start.at());
    }
}
