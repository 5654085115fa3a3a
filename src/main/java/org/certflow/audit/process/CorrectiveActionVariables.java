package org.certflow.audit.process;

/**
 * Variables of CorrectiveActionProcess. The first group is the start contract (see {@link CorrectiveActionStart});
 * the others the process sets itself or takes from its forms.
 */
public final class CorrectiveActionVariables {

    public static final String PROCESS_KEY = "CorrectiveActionProcess";
    /** Long: the project; the business key is the same id. */
    public static final String PROJECT_ID = "projectId";
    /** Long: the finding's id in the records of the feature that owns it. */
    public static final String FINDING_ID = "findingId";
    /** String: which feature owns the finding, e.g. {@value #INTERNAL_AUDIT}; events carry it back. */
    public static final String FINDING_SOURCE = "findingSource";
    /** The source of the findings of CertFlow's own internal audits. */
    public static final String INTERNAL_AUDIT = "internalAudit";
    /** String: one line naming the finding, added to the task names ("F-12 minor nonconformity, Clause 9.2.2"). */
    public static final String FINDING_TITLE = "findingTitle";
    /** String: username of the finding's owner, who analyses, plans and implements. */
    public static final String FINDING_OWNER = "findingOwner";
    /** String: username of who checks the action's effectiveness (an internal auditor of the project). */
    public static final String VERIFIER = "verifier";
    /** String, ISO date ("2027-04-30"): by when the action must be implemented; overdue after this day. */
    public static final String CORRECTIVE_ACTION_DUE = "correctiveActionDue";

    /** Date: the end of the due day; the implementation task's due date and the overdue timer. */
    static final String ACTION_DUE_AT = "actionDueAt";
    /** Date: when root cause and action plan are due, two weeks after the start but never after the action. */
    static final String PLAN_DUE_AT = "planDueAt";
    /** Date: when the effectiveness check is due, two weeks after the implementation. */
    static final String CHECK_DUE_AT = "checkDueAt";

    static final String ROOT_CAUSE = "rootCause";
    static final String ACTION_PLAN = "actionPlan";
    static final String ACTION_TAKEN = "actionTaken";
    /** ISO date: the new due date the verifier sets when the action was not effective. */
    static final String REWORK_DUE_DATE = "reworkDueDate";

    private CorrectiveActionVariables() {
    }
}
