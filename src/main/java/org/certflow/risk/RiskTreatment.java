package org.certflow.risk;

import java.util.Arrays;
import java.util.Optional;

/** How a risk is treated (ISO 27001 6.1.3 a); the task forms store the lower-case name. */
public enum RiskTreatment {
    MITIGATE("Mitigate"),
    ACCEPT("Accept"),
    AVOID("Avoid"),
    TRANSFER("Transfer");

    private final String label;

    RiskTreatment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value of the treatment field in the review form, e.g. {@code mitigate}. */
    public String formValue() {
        return name().toLowerCase();
    }

    public static Optional<RiskTreatment> ofFormValue(String value) {
        return Arrays.stream(values()).filter(t -> t.formValue().equals(value)).findFirst();
    }
}
