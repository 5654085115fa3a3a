package org.certflow.risk.ui;

import static org.certflow.risk.process.AiImpactVariables.AI_SYSTEM_ID;

import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.certflow.risk.AiSystem;
import org.certflow.shared.ui.TaskContextProvider;
import org.certflow.shared.ui.TaskRef;
import org.springframework.stereotype.Component;

/**
 * On an AI system's assessment task, the system and its last approved assessment (the starting point of a
 * re-assessment); on the approval task, the draft to approve.
 */
@Component
class AiImpactTaskContext implements TaskContextProvider {

    private final TaskService tasks;
    private final RiskPageServices services;

    AiImpactTaskContext(TaskService tasks, RiskPageServices services) {
        this.tasks = tasks;
        this.services = services;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> contextFor(TaskRef task) {
        boolean approval = "Task_ApproveAiImpactAssessment".equals(task.taskDefinitionKey());
        if (!approval && !"Task_AssessAiSystemImpact".equals(task.taskDefinitionKey())
                || !(tasks.getVariable(task.taskId(), AI_SYSTEM_ID) instanceof Number systemId)) {
            return Optional.empty();
        }
        AiSystem system = services.aiSystems().get(systemId.longValue());
        return Optional.of(new AiImpactCard(system, (approval ? services.assessments().of(system.id()).stream()
                .findFirst() : services.assessments().latestApproved(system.id())).orElse(null), services.people()));
    }
}
