package org.certflow.incident.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.certflow.project.process.ProcessVariables;

/** Names of the variables of {@code IncidentProcess}, and the message that starts it. */
public final class IncidentVariables {

    public static final String PROCESS = "IncidentProcess";
    /** The message of the start event {@code StartEvent_IncidentReported} ({@code Message_IncidentReported}). */
    public static final String INCIDENT_REPORTED = "IncidentReported";
    /** Long: the project, as in every process of a project (its business key too). */
    public static final String PROJECT_ID = ProcessVariables.PROJECT_ID;
    /** Long: the incident the process instance handles. */
    public static final String INCIDENT_ID = "incidentId";
    /** Inputs of the decision table {@code IncidentSeverity}: impact codes ("none" to "high"), and a Boolean. */
    public static final String CONFIDENTIALITY_IMPACT = "confidentialityImpact";
    public static final String INTEGRITY_IMPACT = "integrityImpact";
    public static final String AVAILABILITY_IMPACT = "availabilityImpact";
    public static final String HARM_TO_PEOPLE = "harmToPeople";
    public static final String INVOLVES_AI = "involvesAi";
    /** Severity codes ("low" to "major"): the decision table's proposal, and the one confirmed at triage. */
    public static final String PROPOSED_SEVERITY = "proposedSeverity";
    public static final String SEVERITY = "severity";
    /** Dates: the due date of the triage, and the notification deadline (the boundary timer fires then). */
    public static final String TRIAGE_DUE_DATE = "triageDueDate";
    public static final String NOTIFICATION_DUE_DATE = "notificationDueDate";
    /** Booleans the gateways read, set from the incident after triage and after planning. */
    public static final String NOTIFICATION_REQUIRED = "notificationRequired";
    public static final String CORRECTIVE_ACTIONS_PLANNED = "correctiveActionsPlanned";
    /** Long: the corrective action of one instance of the multi-instance {@code Task_TakeCorrectiveAction}. */
    public static final String CORRECTIVE_ACTION_ID = "correctiveActionId";

    private IncidentVariables() {
    }

    public static long incidentId(VariableScope scope) {
        return number(scope, INCIDENT_ID);
    }

    public static long correctiveActionId(VariableScope scope) {
        return number(scope, CORRECTIVE_ACTION_ID);
    }

    private static long number(VariableScope scope, String name) {
        if (scope.getVariable(name) instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("The process has no " + name + " variable.");
    }
}
