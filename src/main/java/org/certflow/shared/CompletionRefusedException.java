package org.certflow.shared;

/**
 * Thrown inside the engine (by a listener or delegate) when a task may not be completed yet; the message is
 * shown to the user as is, and the transaction rolls back, so nothing of the attempt is kept.
 */
public class CompletionRefusedException extends RuntimeException {

    public CompletionRefusedException(String message) {
        super(message);
    }
}
