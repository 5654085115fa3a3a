package org.certflow.audit.process;

/** Variables of InternalAuditProcess: one instance per audit of the programme, business key = the project id. */
final class InternalAuditVariables {

    static final String PROCESS_KEY = "InternalAuditProcess";
    /** Long: the project. */
    static final String PROJECT_ID = "projectId";
    /** Long: the audit. */
    static final String AUDIT_ID = "auditId";
    /** String: the audit's title, added to the task's name. */
    static final String AUDIT_TITLE = "auditTitle";
    /** String: username of the audit's auditor, the task's assignee. */
    static final String AUDITOR = "auditor";
    /** Date: the end of the planned day, the task's due date. */
    static final String AUDIT_DUE_AT = "auditDueAt";
    /** String: the auditor's conclusion, from the task's form. */
    static final String AUDIT_CONCLUSION = "auditConclusion";

    private InternalAuditVariables() {
    }
}
