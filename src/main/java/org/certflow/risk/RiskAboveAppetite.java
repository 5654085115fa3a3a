package org.certflow.risk;

/**
 * A risk was added to the register, or changed, with a residual risk above the project's appetite that no executive
 * accepts: its review starts at once rather than at the next scheduled round.
 */
record RiskAboveAppetite(long projectId, long riskId, String enteredBy, boolean added) {
}
