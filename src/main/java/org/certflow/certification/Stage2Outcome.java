package org.certflow.certification;

import java.util.Arrays;
import java.util.Optional;

/** The certification body's conclusion after Stage 2; {@code formValue} is the value of the task's radio field. */
public enum Stage2Outcome {
    /** Certification recommended (minor nonconformities, if any, are checked at the first surveillance audit). */
    RECOMMENDED("recommended", "Certification recommended"),
    /** Major nonconformities: corrected, then verified by the certification body before it recommends. */
    MAJOR_NONCONFORMITIES("majorNonconformities", "Major nonconformities to correct"),
    NOT_RECOMMENDED("notRecommended", "Certification not recommended");

    private final String formValue;
    private final String label;

    Stage2Outcome(String formValue, String label) {
        this.formValue = formValue;
        this.label = label;
    }

    public String formValue() {
        return formValue;
    }

    public String label() {
        return label;
    }

    public static Optional<Stage2Outcome> ofFormValue(Object value) {
        return Arrays.stream(values()).filter(o -> o.formValue.equals(value)).findFirst();
    }
}
