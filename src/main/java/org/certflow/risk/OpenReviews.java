package org.certflow.risk;

import static org.certflow.risk.process.RiskReviewVariables.REVIEW_PROCESS;
import static org.certflow.risk.process.RiskReviewVariables.RISK_ID;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The risk reviews open now, read from the running {@code RiskReviewProcess} instances: which risks of a project
 * are in one, and whether a risk's review waits for its owner. The register keeps its hands off a risk under review.
 */
@Component
class OpenReviews {

    static final String OWNERS_REVIEW = "Task_ReviewRisk";

    private final RuntimeService runtime;
    private final TaskService tasks;

    OpenReviews(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    Set<Long> riskIds(long projectId) {
        String[] instances = runtime.createProcessInstanceQuery().processDefinitionKey(REVIEW_PROCESS)
                .processInstanceBusinessKey(String.valueOf(projectId)).list().stream().map(ProcessInstance::getId)
                .toArray(String[]::new);
        if (instances.length == 0) {
            return Set.of();
        }
        return runtime.createVariableInstanceQuery().variableName(RISK_ID).processInstanceIdIn(instances).list()
                .stream().map(v -> ((Number) v.getValue()).longValue()).collect(Collectors.toSet());
    }

    boolean includes(Risk risk) {
        return riskIds(risk.projectId()).contains(risk.id());
    }

    /** The owner's open review task of the risk ({@code Task_ReviewRisk}), while its review waits for it. */
    Optional<Task> ownersReview(Risk risk) {
        return tasks.createTaskQuery().processDefinitionKey(REVIEW_PROCESS)
                .processInstanceBusinessKey(String.valueOf(risk.projectId())).taskDefinitionKey(OWNERS_REVIEW).list()
                .stream().filter(task -> tasks.getVariable(task.getId(), RISK_ID) instanceof Number id
                        && id.longValue() == risk.id()).findFirst();
    }
}
