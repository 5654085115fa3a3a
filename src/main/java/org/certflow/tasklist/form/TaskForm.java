package org.certflow.tasklist.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.markdown.Markdown;

/**
 * A task's Camunda form rendered with Vaadin components: text components as markdown, every input as its
 * field. Messages appear at the fields, from the same {@link FormValidator} that checks the completion again.
 */
public class TaskForm extends Composite<Div> {

    private final FormDefinition form;
    private final List<FieldInput<?>> inputs = new ArrayList<>();

    public TaskForm(FormDefinition form, Map<String, Object> values) {
        this.form = form;
        getContent().addClassName("task-form");
        for (FormField field : form.fields()) {
            if (!field.isInput()) {
                getContent().add(new Markdown(field.text()));
                continue;
            }
            FieldInput<?> input = FieldInput.of(field);
            input.setValue(values.get(field.key()));
            inputs.add(input);
            getContent().add(input.component());
        }
    }

    /** The entered value of every editable field (null where empty). */
    public Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        inputs.stream().filter(i -> i.field().isEditable()).forEach(i -> values.put(i.field().key(), i.value()));
        return values;
    }

    /** Checks every field and shows the messages at the fields; true when the form may be submitted. */
    public boolean validate() {
        Map<String, String> errors = FormValidator.validate(form, values());
        showErrors(errors);
        return errors.isEmpty();
    }

    /** Shows these messages (field key to message) and clears the others. */
    public void showErrors(Map<String, String> errors) {
        inputs.forEach(input -> input.showError(errors.get(input.field().key())));
    }
}
