package org.certflow.tasklist.form;

import java.util.List;
import java.util.Optional;

/**
 * One component of a task form. A {@link FieldType#TEXT} component has no key and shows {@code text} (markdown);
 * every other type is an input whose value is stored in the process variable named {@code key}.
 */
public record FormField(String key, FieldType type, String label, String description, FieldRules rules,
                        List<Option> options, int decimalDigits, boolean readonly, Object defaultValue,
                        String text) {

    public FormField {
        options = List.copyOf(options);
    }

    public boolean isInput() {
        return type != FieldType.TEXT;
    }

    /** Inputs the user fills in: their values are validated and stored when the task is completed. */
    public boolean isEditable() {
        return isInput() && !readonly;
    }

    public boolean isRequired() {
        return rules.required();
    }

    public Optional<String> labelOf(String value) {
        return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst();
    }
}
