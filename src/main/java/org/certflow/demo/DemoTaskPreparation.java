package org.certflow.demo;

/**
 * A feature's demo work that a task checks when it is completed (e.g. the risk register, which the control
 * implementation phase's risk assessment reads): the {@link ProjectWorker} has each of these beans put it in place
 * before it completes a task, as the project's people would have done that work by then.
 */
public interface DemoTaskPreparation {

    /** Does what the project needs before its task with this BPMN id completes; nothing when it has it already. */
    void prepare(long projectId, String taskKey);
}
