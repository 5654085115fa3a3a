package org.certflow.project;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A decision taken in a task (policy approval, phase gate, management review): what, who and when. */
@Table("decision")
public record Decision(@Id Long id, long projectId, String taskId, String subject, String outcome, String reason,
                       String decidedBy, Instant decidedAt) {
}
