package org.certflow.tasklist.form;

/** A field's {@code validate} block of Camunda Forms; a null bound means none. */
public record FieldRules(boolean required, Double min, Double max, Integer minLength, Integer maxLength,
                         String pattern) {

    public static final FieldRules NONE = new FieldRules(false, null, null, null, null, null);
}
