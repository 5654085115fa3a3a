package org.certflow.certification.process;

/**
 * Variables of CertificationAuditProcess.
 * <p>
 * Called from the certification project (call activity with {@code camunda:in businessKey} and the variable
 * {@code projectId}, a Long; optionally {@code phaseDueDate}, a Date, by which the tasks are then due where it comes
 * earlier, see {@link CertificationDeadlines}), from a certificate's surveillance cycle for the recertification, or
 * started on its own with the same business key and variable. The preparation ends after Stage 2 with these out
 * variables, the names the audit phase's certification delegate reads: {@value #CERTIFICATION_OUTCOME}
 * ({@code certified} or {@code notCertified}),
 * {@value #CERTIFICATE_NUMBER}, {@value #CERTIFICATE_ISSUE_DATE} and {@value #CERTIFICATE_EXPIRY_DATE} (ISO date
 * strings), and {@value #CERTIFICATION_AUDIT_ID}. A certificate then starts a second instance, by the message
 * {@value #CERTIFICATE_ISSUED}, which waits for the surveillance audits and then calls this process again for the
 * recertification, so the caller does not wait three years.
 */
public final class CertificationAuditVariables {

    public static final String PROCESS = "CertificationAuditProcess";
    /** Message name: starts the surveillance cycle of a new certificate. */
    public static final String CERTIFICATE_ISSUED = "CertificateIssued";
    /** The process CertificationAuditProcess calls once per finding of the certification body. */
    public static final String CORRECTIVE_ACTION_PROCESS = "CorrectiveActionProcess";

    /** Long: the project's audit cycle ({@code CertificationAudit}), set by the readiness check. */
    public static final String CERTIFICATION_AUDIT_ID = "certificationAuditId";
    /** Boolean: the last readiness check passed. */
    public static final String READY_FOR_STAGE_1 = "readyForStage1";

    // answers of Task_ArrangeAuditLogistics; the dates as ISO date strings
    static final String CERTIFICATION_BODY = "certificationBody";
    static final String LEAD_AUDITOR = "leadAuditor";
    static final String AUDIT_TEAM = "auditTeam";
    static final String AUDITED_SITES = "auditedSites";
    static final String STAGE1_DATE = "stage1Date";
    static final String STAGE2_DATE = "stage2Date";
    /** Dates the logistics set as due dates of the later tasks. */
    static final String EVIDENCE_PACK_DUE_DATE = "evidencePackDueDate";
    static final String STAGE1_REPORT_DUE_DATE = "stage1ReportDueDate";
    static final String STAGE2_REPORT_DUE_DATE = "stage2ReportDueDate";

    // answers of Task_SendEvidencePack
    static final String EVIDENCE_PACK_SENT_ON = "evidencePackSentOn";
    static final String EVIDENCE_PACK_SENT_TO = "evidencePackSentTo";

    // answers of Task_RecordStage1Audit and Task_RecordStage2Audit
    static final String STAGE1_AUDITED_ON = "stage1AuditedOn";
    static final String STAGE1_REPORT_REFERENCE = "stage1ReportReference";
    static final String STAGE1_SUMMARY = "stage1Summary";
    static final String STAGE2_AUDITED_ON = "stage2AuditedOn";
    static final String STAGE2_REPORT_REFERENCE = "stage2ReportReference";
    static final String STAGE2_SUMMARY = "stage2Summary";
    /** String: {@code recommended}, {@code majorNonconformities} or {@code notRecommended}. */
    static final String STAGE2_OUTCOME = "stage2Outcome";
    /** List of String: the open findings of the stage, one corrective action each. */
    static final String STAGE1_FINDING_IDS = "stage1FindingIds";
    static final String STAGE2_FINDING_IDS = "stage2FindingIds";

    // what each corrective action is started with, after CorrectiveActionProcess's start contract (the audit
    // feature's CorrectiveActionStart), besides projectId and the business key
    /** Long: the finding's id (the multi-instance element). */
    public static final String FINDING_ID = "findingId";
    /** String: {@code STAGE1} or {@code STAGE2}. */
    public static final String FINDING_SOURCE = "findingSource";
    /** String: one line naming the finding, e.g. "Stage 1 minor nonconformity, A.5.15". */
    public static final String FINDING_TITLE = "findingTitle";
    /** String: the finding as the certification body's report states it. */
    public static final String FINDING_DESCRIPTION = "findingDescription";
    /** String: MAJOR_NONCONFORMITY, MINOR_NONCONFORMITY, OBSERVATION or OPPORTUNITY_FOR_IMPROVEMENT. */
    public static final String FINDING_GRADE = "findingGrade";
    /** String: username of the project member who owns the correction. */
    public static final String FINDING_OWNER = "findingOwner";
    /** String: username of the project's internal auditor, who checks the action's effectiveness. */
    public static final String VERIFIER = "verifier";
    /** String, ISO date: by when the action must be implemented. */
    public static final String CORRECTIVE_ACTION_DUE = "correctiveActionDue";

    // answers of Task_RecordCertificate, and the out variables
    public static final String CERTIFICATION_OUTCOME = "certificationOutcome";
    public static final String CERTIFIED = "certified";
    public static final String NOT_CERTIFIED = "notCertified";
    public static final String CERTIFICATE_NUMBER = "certificateNumber";
    public static final String CERTIFICATE_ISSUE_DATE = "certificateIssueDate";
    public static final String CERTIFICATE_EXPIRY_DATE = "certificateExpiryDate";

    // the surveillance cycle
    /** Date: when Timer_SurveillanceAuditDue fires. */
    static final String NEXT_SURVEILLANCE_DATE = "nextSurveillanceDate";
    /** Integer: surveillance audits still to come (2, 1, 0). */
    static final String SURVEILLANCE_AUDITS_LEFT = "surveillanceAuditsLeft";
    /** Date: three months before expiry, when Timer_RecertificationDue fires. */
    static final String RECERTIFICATION_START_DATE = "recertificationStartDate";
    /**
     * Date: the end of the certificate's last day: the due date of the recertification preparation, and when
     * that task is withdrawn because the certificate expired.
     */
    static final String RECERTIFICATION_DUE_DATE = "recertificationDueDate";
    static final String SURVEILLANCE_AUDITED_ON = "surveillanceAuditedOn";
    static final String SURVEILLANCE_REPORT_REFERENCE = "surveillanceReportReference";
    static final String SURVEILLANCE_SUMMARY = "surveillanceSummary";
    /** ISO date string: the recertification audit agreed with the certification body. */
    static final String RECERTIFICATION_AUDIT_DATE = "recertificationAuditDate";

    private CertificationAuditVariables() {
    }
}
