package org.certflow.project.process;

import org.camunda.bpm.engine.delegate.VariableScope;

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
    /**
     * Suffix of the String variable holding the outcome of an approval or gate task, e.g. {@code approve},
     * {@code reject}, {@code sendBack}; see {@link DecisionKeys}.
     */
    public static final String DECISION_SUFFIX = "Decision";
    /** The one outcome that needs no reason. */
    public static final String APPROVE = "approve";
    /** Suffix of the String variable saying why; required unless the outcome is {@link #APPROVE}. */
    public static final String REASON_SUFFIX = "Reason";

    private ProcessVariables() {
    }

    /** The project of the process instance (a Long, but a REST client may have sent any number). */
    public static long projectId(VariableScope scope) {
        if (scope.getVariable(PROJECT_ID) instanceof Number projectId) {
            return projectId.longValue();
        }
        throw new IllegalStateException("The process has no " + PROJECT_ID + " variable.");
    }
}
