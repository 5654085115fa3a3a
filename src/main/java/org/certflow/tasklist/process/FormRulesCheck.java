package org.certflow.tasklist.process;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.certflow.shared.CompletionRefusedException;
import org.certflow.tasklist.form.FormDefinition;
import org.certflow.tasklist.form.FormField;
import org.certflow.tasklist.form.FormParser;
import org.certflow.tasklist.form.FormValidator;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a user task whose variables, as they stand at completion, break the rules of the task's
 * form: the same {@link FormValidator} the task page uses, applied to whatever path completes the task (the
 * task list, /engine-rest, the Camunda tasklist, code). A task without a form passes.
 */
@Component
class FormRulesCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormDefinition form = formOf(task);
        Map<String, String> errors = FormValidator.validate(form, task.getVariables());
        if (!errors.isEmpty()) {
            throw new CompletionRefusedException(refusal(form, errors));
        }
    }

    /** The task's deployed form, read through the engine running the listener (no Spring bean: no cycle). */
    private static FormDefinition formOf(DelegateTask task) {
        if (task.getBpmnModelElementInstance().getCamundaFormRef() == null) {
            return FormDefinition.NONE;
        }
        return FormParser.parse(task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId()));
    }

    /** E.g. "Please correct: Evidence: please fill this in. Due date: enter a date like 2027-03-01." */
    private static String refusal(FormDefinition form, Map<String, String> errors) {
        return errors.entrySet().stream()
                .map(error -> label(form, error.getKey()) + ": " + lowerFirst(error.getValue()))
                .collect(Collectors.joining(" ", "Please correct: ", ""));
    }

    private static String label(FormDefinition form, String key) {
        return form.field(key).map(FormField::label).filter(label -> !label.isBlank()).orElse(key);
    }

    private static String lowerFirst(String message) {
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
