package org.certflow.review.process;

/**
 * ManagementReviewProcess: its id, the ids the code refers to, and its variables. Called from another process,
 * it takes {@value #PROJECT_ID} (required, with the project id as business key) and {@value #PHASE_DUE_DATE}
 * (optional), and gives back {@value #MANAGEMENT_REVIEW_ID}.
 */
public final class ReviewVariables {

    public static final String PROCESS = "ManagementReviewProcess";
    /** The timer a scheduled review waits at until its day. */
    public static final String TIMER_REVIEW_DUE = "Timer_ReviewDue";
    public static final String TASK_PREPARE = "Task_PrepareManagementReview";
    public static final String TASK_DECIDE = "Task_DecideManagementReview";

    /** Long, in: the project under review (also the business key). */
    public static final String PROJECT_ID = "projectId";
    /** Date, in, optional: the day a scheduled review opens; without it the review opens at once. */
    public static final String SCHEDULED_FOR = "reviewScheduledFor";
    /** Date, in, optional: the caller's deadline (the audit phase's planned end); the review's tasks are due then. */
    public static final String PHASE_DUE_DATE = "phaseDueDate";
    /** Long, out: the review's record ({@code ManagementReviews.find}). */
    public static final String MANAGEMENT_REVIEW_ID = "managementReviewId";
    /** Date: when the preparation and the decisions are due. */
    public static final String REVIEW_TASKS_DUE_DATE = "reviewTasksDueDate";

    /** Form keys of Task_PrepareManagementReview (ISO date strings for dates). */
    static final String REVIEW_DATE = "managementReviewDate";
    static final String AGENDA = "agenda";
    static final String INTERESTED_PARTY_FEEDBACK = "interestedPartyFeedback";
    static final String IMPROVEMENT_OPPORTUNITIES = "improvementOpportunities";
    /** Form keys of Task_DecideManagementReview, besides its decision and reason. */
    static final String CONCLUSION = "reviewConclusion";
    static final String NEXT_REVIEW_DATE = "nextReviewDate";
    static final String DECISION = "decideManagementReviewDecision";
    static final String REASON = "decideManagementReviewReason";

    private ReviewVariables() {
    }
}
