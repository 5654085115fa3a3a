package org.certflow.tasklist.form;

import java.util.Optional;

/** The Camunda Forms components CertFlow renders; {@code datetime} only with subtype {@code date}. */
public enum FieldType {
    TEXT, TEXTFIELD, TEXTAREA, NUMBER, CHECKBOX, SELECT, RADIO, DATE;

    /** The type of a form-js component, empty for components CertFlow does not render (buttons, images, ...). */
    static Optional<FieldType> of(String type, String subtype) {
        return Optional.ofNullable(switch (type) {
            case "text" -> TEXT;
            case "textfield" -> TEXTFIELD;
            case "textarea" -> TEXTAREA;
            case "number" -> NUMBER;
            case "checkbox" -> CHECKBOX;
            case "select" -> SELECT;
            case "radio" -> RADIO;
            case "datetime" -> "date".equals(subtype) ? DATE : null;
            default -> null;
        });
    }
}
