package org.certflow.shared;

import java.util.List;

/**
 * A feature's contribution to a management review (ISO 27001 / ISO 42001 clause 9.3.2): one titled section of
 * facts computed from the feature's own records, e.g. "Risks and risk treatment" from the risk register. The
 * management review gathers every bean of this type, in {@link #position()} order, so no feature needs to know
 * the review and the review reads no other feature's tables.
 */
public interface ManagementReviewInput {

    /** The section's title in the minutes, e.g. "Incidents since the last review". */
    String title();

    /** Where the section stands in the minutes (lower first). */
    int position();

    /** The facts for the project now, each one line of the minutes; empty when there is nothing to report. */
    List<String> facts(long projectId);
}
