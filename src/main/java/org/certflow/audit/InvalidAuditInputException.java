package org.certflow.audit;

import java.util.Map;

/**
 * An audit plan, a result or a finding was refused; {@link #fieldErrors()} maps each input at fault (e.g.
 * {@code auditor}, {@code scope}, {@code owner}) to its message, so a form can show it next to the field.
 */
public class InvalidAuditInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    InvalidAuditInputException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    InvalidAuditInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
