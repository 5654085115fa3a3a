package org.certflow.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
        try (InputStream json = forms.getDeployedTaskForm(task.getId())) {
            return FormParser.parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the form of task " + task.getId(), e);
        }
    }
}
