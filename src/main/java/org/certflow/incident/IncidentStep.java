package org.certflow.incident;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of an incident's timeline: what happened, when, who did it ({@code actor} is null for what CertFlow
 * did itself, e.g. the severity proposal) and what they wrote.
 */
@Table("incident_step")
public record IncidentStep(IncidentEvent event, Instant happenedAt, String actor, String note) {
}
