package org.certflow.certification;

/** How the certification body graded a finding, the usual four grades of ISO/IEC 17021-1 audits. */
public enum FindingGrade {
    MAJOR_NONCONFORMITY("Major nonconformity"),
    MINOR_NONCONFORMITY("Minor nonconformity"),
    OBSERVATION("Observation"),
    OPPORTUNITY_FOR_IMPROVEMENT("Opportunity for improvement");

    private final String label;

    FindingGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isNonconformity() {
        return this == MAJOR_NONCONFORMITY || this == MINOR_NONCONFORMITY;
    }
}
