package org.certflow.project.process;

import static org.certflow.project.process.ProcessVariables.DECISION_SUFFIX;
import static org.certflow.project.process.ProcessVariables.REASON_SUFFIX;

/**
 * The form keys of a decision task, derived from its BPMN id: {@code Task_ApproveAiPolicy} decides in
 * {@code approveAiPolicyDecision} and explains in {@code approveAiPolicyReason}. The gateways after the task read
 * the decision ({@code ${approveAiPolicyDecision == 'approve'}}); {@link DecisionRecorder} records both.
 */
public record DecisionKeys(String decision, String reason) {

    private static final String TASK_PREFIX = "Task_";

    public static DecisionKeys of(String taskDefinitionKey) {
        String name = taskDefinitionKey.startsWith(TASK_PREFIX)
                ? taskDefinitionKey.substring(TASK_PREFIX.length()) : taskDefinitionKey;
        String stem = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        return new DecisionKeys(stem + DECISION_SUFFIX, stem + REASON_SUFFIX);
    }
}
