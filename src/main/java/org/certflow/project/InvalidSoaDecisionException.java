package org.certflow.project;

/**
 * An applicability decision was refused; {@link #field()} names the input at fault ({@value #JUSTIFICATION} or
 * {@value #OWNER}) so an editor can show the message next to it.
 */
public class InvalidSoaDecisionException extends IllegalArgumentException {

    public static final String JUSTIFICATION = "justification";
    public static final String OWNER = "owner";

    private final String field;

    InvalidSoaDecisionException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
