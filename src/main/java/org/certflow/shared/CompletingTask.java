package org.certflow.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What a task listener reads from the task being completed, alike in every feature: its answers (forms store
 * texts and ISO dates as strings) and who completes it.
 */
public final class CompletingTask {

    private CompletingTask() {
    }

    /** A text answer, trimmed; null when blank or missing. */
    public static String text(VariableScope scope, String key) {
        Object value = scope.getVariable(key);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** A required text answer; refused with {@code missing} when blank. */
    public static String required(VariableScope scope, String key, String missing) {
        String text = text(scope, key);
        if (text == null) {
            throw new CompletionRefusedException(missing);
        }
        return text;
    }

    /** A required date answer (an ISO string); refused with "Give {@code what}." when blank. */
    public static LocalDate date(VariableScope scope, String key, String what) {
        String value = required(scope, key, "Give " + what + ".");
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CompletionRefusedException("\"" + value + "\" is not a date (expected e.g. 2027-03-01).");
        }
    }

    /**
     * The signed-in user (the task list and /engine-rest authenticate every call), else the assignee; refused
     * when there is neither, saying {@code why} the record needs a name.
     */
    public static String actor(DelegateTask task, String why) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        throw new CompletionRefusedException("Sign in or claim the task first: " + why);
    }
}
