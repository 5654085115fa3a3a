package org.certflow.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published by CorrectiveActionProcess at each step of a corrective action, for whichever feature owns the finding
 * ({@code findingSource}, see {@code audit.process.CorrectiveActionStart}): it keeps the finding's status in step.
 * {@code text} is what the person wrote at the step (root cause, action plan, what was done, why the action is not
 * effective); {@code dueDate} is the new due date when the action was found not effective, the missed one when it
 * is overdue; {@code by} is null for steps CertFlow takes itself (overdue).
 */
public record CorrectiveActionProgressed(long projectId, String findingSource, long findingId, FindingStep step,
                                         String text, LocalDate dueDate, String by, Instant at) {
}
