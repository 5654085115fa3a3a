package org.certflow.project;

import java.time.LocalDate;

/** Where a phase stands against its plan. */
public enum PhaseState {
    NOT_STARTED("Not started"),
    RUNNING("Running"),
    DONE("Done"),
    /** Not finished although its planned due date has passed, whether it started or not. */
    LATE("Late");

    private final String label;

    PhaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static PhaseState of(PhasePlan plan, LocalDate today) {
        if (plan.actualEnd() != null) {
            return DONE;
        }
        if (today.isAfter(plan.plannedDue())) {
            return LATE;
        }
        return plan.isRunning() ? RUNNING : NOT_STARTED;
    }
}
