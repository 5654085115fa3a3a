package org.certflow.incident;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What the reporter of an incident tells: the project, what happened and when, the systems or AI systems
 * involved (comma-separated, as typed), and the impact on confidentiality, integrity and availability and, when an
 * AI system is involved, the harm to people. {@code harmToPeople} is ignored without an AI system.
 */
public record IncidentReport(Long projectId, String summary, String description, Instant occurredAt,
                             String affectedSystems, boolean involvesAi, boolean personalData, Impact confidentiality,
                             Impact integrity, Impact availability, Impact harmToPeople) {

    /** The systems named, trimmed, without empty entries. */
    public List<String> systems() {
        return affectedSystems == null ? List.of() : Arrays.stream(affectedSystems.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
