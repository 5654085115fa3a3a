package org.certflow.risk;

import java.util.Map;

/**
 * A risk, review or AI system was refused; {@link #fieldErrors()} maps each refused field (see {@link RiskInput})
 * to what to change. Nothing was saved.
 */
public class InvalidRiskException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    InvalidRiskException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
