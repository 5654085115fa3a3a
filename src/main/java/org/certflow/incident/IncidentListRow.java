package org.certflow.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One incident as the incident list shows it: no breach means every deadline so far was met. */
public record IncidentListRow(long id, String summary, String project, Severity severity, IncidentStatus status,
                              Instant reportedAt, Duration age, List<IncidentSla.Breach> breaches) {
}
