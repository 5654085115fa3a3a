package org.certflow.project;

import java.util.Map;

/** The wizard's input was refused; {@link #fieldErrors()} maps each field of {@link NewProject} to its message. */
public class InvalidProjectException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    InvalidProjectException(Map<String, String> fieldErrors) {
        super("The project was not created: " + String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
