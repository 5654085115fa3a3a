package org.certflow.tasklist.form;

import static org.certflow.project.process.ProcessVariables.DECISION_SUFFIX;
import static org.certflow.project.process.ProcessVariables.REASON_SUFFIX;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Converts between a task's process variables and the values of its form. */
public final class FormValues {

    private FormValues() {
    }

    /**
     * The values a form opens with: the task's variable of each input's key, else the form's default value.
     * Decisions and their reasons (keys ending in "Decision" or "Reason") are never filled from variables:
     * whoever works the task takes each decision afresh, even when the task comes round again.
     */
    public static Map<String, Object> prefill(FormDefinition form, Map<String, ?> variables) {
        Map<String, Object> values = new HashMap<>();
        for (FormField field : form.inputs()) {
            Object value = isDecision(field.key()) ? null : variables.get(field.key());
            value = value == null ? field.defaultValue() : value;
            if (value != null) {
                values.put(field.key(), field.type() == FieldType.DATE ? isoDate(value) : value);
            }
        }
        return values;
    }

    /**
     * What completing the task stores: one value per editable field in its stored type: text as String (blank
     * as null), a number as Long, or as Double when the field allows decimal digits, a checkbox as Boolean, a
     * choice as its option value, a date as an ISO string ("2027-03-01"). Values must have passed
     * {@link FormValidator} first; anything that is not a field of the form is not stored.
     */
    public static Map<String, Object> toStore(FormDefinition form, Map<String, ?> values) {
        Map<String, Object> stored = new HashMap<>();
        for (FormField field : form.editableFields()) {
            stored.put(field.key(), stored(field, values.get(field.key())));
        }
        return stored;
    }

    private static Object stored(FormField field, Object value) {
        if (FormValidator.isEmpty(field, value)) {
            return field.type() == FieldType.CHECKBOX ? Boolean.FALSE : null;
        }
        if (field.type() == FieldType.NUMBER) {
            Number number = (Number) value;
            if (field.decimalDigits() > 0) {
                return number.doubleValue();
            }
            return number.longValue();
        }
        return field.type() == FieldType.SELECT || field.type() == FieldType.RADIO ? value.toString() : value;
    }

    static boolean isDecision(String key) {
        return key.endsWith(DECISION_SUFFIX) || key.endsWith(REASON_SUFFIX);
    }

    private static Object isoDate(Object value) {
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault()).toString();
        }
        return value.toString();
    }
}
