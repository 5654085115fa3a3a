package org.certflow.project.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.certflow.project.Phase;

/** Which phase a phase process stands for: its process id is the phase's process key. */
final class PhaseOfExecution {

    private PhaseOfExecution() {
    }

    static Phase of(DelegateExecution execution) {
        ModelElementInstance element = execution.getBpmnModelElementInstance();
        while (!(element instanceof Process)) {
            element = element.getParentElement();
        }
        String processKey = ((Process) element).getId();
        return Phase.ofProcessKey(processKey)
                .orElseThrow(() -> new IllegalStateException(processKey + " is not the process of a phase."));
    }
}
