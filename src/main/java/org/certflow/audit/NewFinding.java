package org.certflow.audit;

import java.time.LocalDate;

/**
 * A finding as the auditor records it: on which requirement of the audit's scope, how serious, what was found, and
 * for a nonconformity who owns the corrective action and by when it must be implemented.
 */
public record NewFinding(String requirement, FindingGrade grade, String description, String owner, LocalDate dueDate) {
}
