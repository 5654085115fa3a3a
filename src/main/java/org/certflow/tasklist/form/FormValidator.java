package org.certflow.tasklist.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks values against a form's {@code validate} rules (required, min, max, minLength, maxLength, pattern) and
 * against the field's type. The task page uses it to put a message at the field as the user types, the task list
 * checks the entries with it before completing, and the engine checks the stored variables with it again on every
 * completion ({@code tasklist.process.FormRulesCheck}), so all of them agree. Stored values are valid input: text
 * (blank as null), Long or Double, Boolean, option values and ISO dates as strings. Patterns match anywhere in the
 * value, as in Camunda Forms; anchor them with ^ and $ to match the whole value.
 */
public final class FormValidator {

    private FormValidator() {
    }

    /** Field key to message, in form order; empty when the values may be stored. Read-only fields are skipped. */
    public static Map<String, String> validate(FormDefinition form, Map<String, ?> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FormField field : form.editableFields()) {
            check(field, values.get(field.key())).ifPresent(message -> errors.put(field.key(), message));
        }
        return errors;
    }

    public static Optional<String> check(FormField field, Object value) {
        if (isEmpty(field, value)) {
            return field.isRequired() ? Optional.of(requiredMessage(field.type())) : Optional.empty();
        }
        return Optional.ofNullable(switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> value instanceof String s ? text(field.rules(), s) : "Enter text.";
            case NUMBER -> value instanceof Number n ? number(field, new BigDecimal(n.toString())) : "Enter a number.";
            case CHECKBOX -> value instanceof Boolean ? null : "Tick or clear the box.";
            case SELECT, RADIO -> field.labelOf(String.valueOf(value)).isPresent() ? null : "Choose one of the options.";
            case DATE -> isIsoDate(value) ? null : "Enter a date like 2027-03-01.";
            case TEXT -> null;
        });
    }

    static boolean isEmpty(FormField field, Object value) {
        return value == null || value instanceof String s && s.isBlank()
                || field.type() == FieldType.CHECKBOX && Boolean.FALSE.equals(value);
    }

    private static String requiredMessage(FieldType type) {
        return switch (type) {
            case CHECKBOX -> "Please tick this box.";
            case SELECT, RADIO -> "Please choose one.";
            default -> "Please fill this in.";
        };
    }

    private static String text(FieldRules rules, String value) {
        if (rules.minLength() != null && value.length() < rules.minLength()) {
            return "At least " + rules.minLength() + " characters, please.";
        }
        if (rules.maxLength() != null && value.length() > rules.maxLength()) {
            return "At most " + rules.maxLength() + " characters, please.";
        }
        if (rules.pattern() != null && !Pattern.compile(rules.pattern()).matcher(value).find()) {
            return "This does not have the expected format.";
        }
        return null;
    }

    private static String number(FormField field, BigDecimal value) {
        if (value.stripTrailingZeros().scale() > field.decimalDigits()) {
            return field.decimalDigits() == 0 ? "Enter a whole number."
                    : "At most " + field.decimalDigits() + (field.decimalDigits() == 1 ? " decimal." : " decimals.");
        }
        FieldRules rules = field.rules();
        if (rules.min() != null && value.compareTo(BigDecimal.valueOf(rules.min())) < 0) {
            return "At least " + plain(rules.min()) + ".";
        }
        if (rules.max() != null && value.compareTo(BigDecimal.valueOf(rules.max())) > 0) {
            return "At most " + plain(rules.max()) + ".";
        }
        return null;
    }

    private static String plain(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }

    private static boolean isIsoDate(Object value) {
        if (!(value instanceof String s)) {
            return false;
        }
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
