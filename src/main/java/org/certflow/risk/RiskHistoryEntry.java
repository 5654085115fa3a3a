package org.certflow.risk;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One line of a risk's history: what happened, when, by whom (none for the schedule) and the details. */
@Table("risk_history")
public record RiskHistoryEntry(@Id Long id, long riskId, Instant happenedAt, String actor, RiskHistoryKind kind,
                               String note) {
}
