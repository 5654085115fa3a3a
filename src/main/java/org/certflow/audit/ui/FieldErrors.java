package org.certflow.audit.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

/**
 * A form's fields by the keys the services refuse them under ({@code InvalidAuditInputException}), so each message
 * shows at its field and goes away as soon as the field is changed.
 */
class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    <F extends HasValidation & HasValue<?, ?>> void register(String key, F field) {
        field.setManualValidation(true);
        field.addValueChangeListener(e -> field.setInvalid(false));
        fields.put(key, field);
    }

    /** Marks the refused fields with their messages and clears the others. */
    void show(Map<String, String> errors) {
        fields.forEach((key, field) -> {
            field.setErrorMessage(errors.get(key));
            field.setInvalid(errors.containsKey(key));
        });
    }
}
