package org.certflow.project.process;

/**
 * Variables of ControlImplementationProcess. Each control's iteration of the multi-instance subprocess keeps its
 * own copies (the subprocess declares them as inputs), so parallel controls never share their answers.
 */
final class ControlImplementationVariables {

    /** String, from the form of Task_ImplementControl. */
    static final String IMPLEMENTATION_NOTES = "implementationNotes";
    /** String, from the form of Task_ImplementControl: where the evidence is. */
    static final String EVIDENCE_REFERENCE = "evidenceReference";
    /** The review; its decision {@code approve} accepts the implementation, anything else returns it. */
    static final DecisionKeys REVIEW = DecisionKeys.of("Task_ReviewControlImplementation");

    private ControlImplementationVariables() {
    }
}
