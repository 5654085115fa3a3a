package org.certflow.tasklist;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.certflow.tasklist.form.FormDefinition;
import org.certflow.tasklist.form.FormParser;
import org.springframework.stereotype.Component;

/** Loads the Camunda form a task refers to ({@code camunda:formRef}), as deployed with its process. */
@Component
class TaskForms {

    private final FormService forms;

    TaskForms(FormService forms) {
        this.forms = forms;
    }

    /** The task's form; {@link FormDefinition#NONE} when it has none. The task must come with its form keys. */
    FormDefinition of(Task task) {
        if (task.getCamundaFormRef() == null) {
            return FormDefinition.NONE;
        }
        return FormParser.parse(forms.getDeployedTaskForm(task.getId()));
    }
}
