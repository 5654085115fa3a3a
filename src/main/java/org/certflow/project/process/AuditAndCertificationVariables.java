package org.certflow.project.process;

/**
 * Variables of AuditAndCertificationProcess that its delegates read: the answers of
 * Task_RecordCertificationDecision.
 */
final class AuditAndCertificationVariables {

    /** String: {@value #CERTIFIED} or {@code notCertified}. */
    static final String CERTIFICATION_OUTCOME = "certificationOutcome";
    static final String CERTIFIED = "certified";
    static final String CERTIFICATE_NUMBER = "certificateNumber";
    /** ISO date string, e.g. {@code 2027-03-01}. */
    static final String CERTIFICATE_ISSUE_DATE = "certificateIssueDate";
    /** ISO date string, e.g. {@code 2030-02-28}. */
    static final String CERTIFICATE_EXPIRY_DATE = "certificateExpiryDate";

    private AuditAndCertificationVariables() {
    }
}
