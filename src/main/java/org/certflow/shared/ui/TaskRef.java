package org.certflow.shared.ui;

/**
 * The task a task page shows, as other features need to know it to contribute context: the project it belongs
 * to, the BPMN task id (e.g. {@code Task_AssessApplicability}) and the control it is about, if any.
 */
public record TaskRef(String taskId, String taskDefinitionKey, long projectId, String controlKey, String username) {
}
