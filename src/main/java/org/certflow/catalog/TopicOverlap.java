package org.certflow.catalog;

import java.util.List;

/** A topic where ISO 42001 and ISO 27001 Annex A meet; derived from titles, not a published mapping. */
public record TopicOverlap(String topic, List<String> iso42001Controls, List<String> iso27001Controls, String note) {
}
