package org.certflow.certification;

/** Input refused at one field (e.g. {@code reference}); nothing was saved. The message is for the user. */
public class InvalidCertificationInputException extends RuntimeException {

    private final String field;

    InvalidCertificationInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
