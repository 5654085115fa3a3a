package org.certflow.audit;

import java.time.LocalDate;

/**
 * How serious a finding is. A nonconformity (major or minor) needs a corrective action by its owner by its due
 * date; an observation or opportunity for improvement is noted for the management review.
 */
public enum FindingGrade {
    MAJOR_NONCONFORMITY("Major nonconformity", 30),
    MINOR_NONCONFORMITY("Minor nonconformity", 90),
    OBSERVATION("Observation", 0),
    OPPORTUNITY_FOR_IMPROVEMENT("Opportunity for improvement", 0);

    private final String label;
    private final int responseDays;

    FindingGrade(String label, int responseDays) {
        this.label = label;
        this.responseDays = responseDays;
    }

    public String label() {
        return label;
    }

    public boolean isNonconformity() {
        return responseDays > 0;
    }

    /** The due date proposed for the corrective action: the usual time to implement it, from today. */
    public LocalDate proposedDueDate(LocalDate today) {
        return today.plusDays(responseDays);
    }
}
