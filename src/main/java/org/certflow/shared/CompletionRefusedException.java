package org.certflow.shared;

import java.util.Optional;

/**
 * Thrown inside the engine (by a listener or delegate) when a task may not be completed yet; the message is
 * shown to the user as is (in the task list, and by /engine-rest with status 400, see {@link RefusalRestMapping}),
 * and the transaction rolls back, so nothing of the attempt is kept.
 */
public class CompletionRefusedException extends RuntimeException {

    public CompletionRefusedException(String message) {
        super(message);
    }

    /** The refusal behind an exception, if any: the engine wraps what listeners throw, so this looks at each cause. */
    public static Optional<CompletionRefusedException> in(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof CompletionRefusedException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }
}
