package org.certflow.shared;

/**
 * A refusal because the task belongs to someone else (/engine-rest answers 403 rather than 400): the attempt
 * changes nothing, like any {@link CompletionRefusedException}.
 */
public class NotYourTaskException extends CompletionRefusedException {

    public NotYourTaskException(String message) {
        super(message);
    }
}
