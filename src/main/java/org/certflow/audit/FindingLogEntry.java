package org.certflow.audit;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** One line of a finding's log: the step, what was written at it, who did it and when ({@code doneBy} null: CertFlow). */
@Table("finding_log")
public record FindingLogEntry(FindingStep step, String note, String doneBy, Instant doneAt) {
}
