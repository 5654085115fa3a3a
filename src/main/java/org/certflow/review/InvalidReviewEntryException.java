package org.certflow.review;

/** An entry of a management review (a decision, a note) that cannot be saved; {@link #field()} says where. */
public class InvalidReviewEntryException extends RuntimeException {

    public static final String TOPIC = "topic";
    public static final String DECISION = "decision";
    public static final String OWNER = "actionOwner";
    public static final String DUE = "actionDue";
    public static final String NOTES = "notes";

    private final String field;

    InvalidReviewEntryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
