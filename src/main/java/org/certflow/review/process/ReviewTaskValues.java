package org.certflow.review.process;

import static org.certflow.review.process.ReviewVariables.MANAGEMENT_REVIEW_ID;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.certflow.shared.CompletionRefusedException;

/** What the review's task listeners read from a task being completed: its review, its answers, who completed it. */
final class ReviewTaskValues {

    private ReviewTaskValues() {
    }

    static long reviewId(DelegateTask task) {
        if (task.getVariable(MANAGEMENT_REVIEW_ID) instanceof Number id) {
            return id.longValue();
        }
        throw new IllegalStateException("The process has no " + MANAGEMENT_REVIEW_ID + " variable.");
    }

    /** A text answer, trimmed; null when blank. */
    static String text(DelegateTask task, String key) {
        Object value = task.getVariable(key);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** A date answer (ISO string, as forms store dates); refused with {@code missing} when absent or malformed. */
    static LocalDate date(DelegateTask task, String key, String missing) {
        String value = text(task, key);
        try {
            return LocalDate.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw new CompletionRefusedException(missing);
        }
    }

    /** The signed-in user (the task list and /engine-rest authenticate every call), else the assignee. */
    static String actor(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        throw new CompletionRefusedException("Sign in or claim the task first: the minutes name who prepared and "
                + "who approved the review.");
    }
}
