package org.certflow.project.process;

/** Names of the process variables the certification processes share. */
public final class ProcessVariables {

    public static final String CERTIFICATION_PROCESS = "CertificationProjectProcess";
    /** Long: the project the process instance works for (also its business key). */
    public static final String PROJECT_ID = "projectId";
    public static final String INCLUDES_27001 = "includes27001";
    public static final String INCLUDES_42001 = "includes42001";
    /** Date: the planned end of the running phase; user tasks take it as their due date. */
    public static final String PHASE_DUE_DATE = "phaseDueDate";
    /** String: the control a task is about, e.g. {@code ISO27001:5.15} (multi-instance element variable). */
    public static final String CONTROL_KEY = "controlKey";
    /** String: the outcome of an approval or gate task, e.g. {@code approve}, {@code sendBack}. */
    public static final String DECISION = "decision";
    public static final String APPROVE = "approve";
    /** String: why a decision was taken; required when something is sent back or rejected. */
    public static final String REASON = "reason";

    private ProcessVariables() {
    }
}
