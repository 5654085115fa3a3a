package org.certflow.tasklist.form;

import java.util.List;
import java.util.Optional;

/** A parsed Camunda form: its id and its components in the order they are shown. */
public record FormDefinition(String id, List<FormField> fields) {

    /** For a task without a form: nothing to show, nothing to validate. */
    public static final FormDefinition NONE = new FormDefinition(null, List.of());

    public FormDefinition {
        fields = List.copyOf(fields);
    }

    public List<FormField> inputs() {
        return fields.stream().filter(FormField::isInput).toList();
    }

    public List<FormField> editableFields() {
        return fields.stream().filter(FormField::isEditable).toList();
    }

    public Optional<FormField> field(String key) {
        return inputs().stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
