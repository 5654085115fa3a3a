package org.certflow.incident;

import java.util.Map;

/** Input about an incident was refused; {@link #fieldErrors()} maps each refused field to its message. */
public class InvalidIncidentException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    InvalidIncidentException(Map<String, String> fieldErrors) {
        super("Nothing was saved: " + String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
