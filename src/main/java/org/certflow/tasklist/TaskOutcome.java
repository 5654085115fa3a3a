package org.certflow.tasklist;

import java.util.Map;

/**
 * What became of a claim, unclaim or completion, with a message to show as is. Only {@link Kind#DONE} changed
 * anything; {@code fieldErrors} (field key to message) is filled for {@link Kind#INVALID} only.
 */
public record TaskOutcome(Kind kind, String message, Map<String, String> fieldErrors) {

    public enum Kind {
        DONE,
        /** Completed or withdrawn meanwhile; the message says by whom and when. */
        GONE,
        /** Someone else holds the task; the message names them. */
        CLAIMED_BY_OTHER,
        /** The task does not exist, or the user may not work it. */
        NOT_ALLOWED,
        /** The process refused the completion (a {@link org.certflow.shared.CompletionRefusedException}). */
        REFUSED,
        /** The entries break the form's rules. */
        INVALID
    }

    public TaskOutcome {
        fieldErrors = Map.copyOf(fieldErrors);
    }

    static TaskOutcome of(Kind kind, String message) {
        return new TaskOutcome(kind, message, Map.of());
    }

    static TaskOutcome invalid(Map<String, String> fieldErrors) {
        return new TaskOutcome(Kind.INVALID, "Please correct the marked fields.", fieldErrors);
    }

    public boolean isDone() {
        return kind == Kind.DONE;
    }
}
