package org.certflow.incident;

import java.util.List;

/**
 * Published when an incident is classified as major: the risk review of the affected risks starts at once.
 * {@code affectedSystems} are the assets and AI systems the reporter named.
 */
public record MajorIncidentOccurred(long projectId, long incidentId, String summary, List<String> affectedSystems) {
}
