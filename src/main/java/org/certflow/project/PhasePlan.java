package org.certflow.project;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** One phase of a project's plan: the planned window and, once it runs, the actual dates. */
@Table("project_phase")
public class PhasePlan {

    private final Phase phase;
    private final LocalDate plannedStart;
    private final LocalDate plannedDue;
    private Instant actualStart;
    private Instant actualEnd;

    public PhasePlan(Phase phase, LocalDate plannedStart, LocalDate plannedDue) {
        this.phase = phase;
        this.plannedStart = plannedStart;
        this.plannedDue = plannedDue;
    }

    public Phase phase() {
        return phase;
    }

    public LocalDate plannedStart() {
        return plannedStart;
    }

    public LocalDate plannedDue() {
        return plannedDue;
    }

    public Instant actualStart() {
        return actualStart;
    }

    public Instant actualEnd() {
        return actualEnd;
    }

    public boolean hasStarted() {
        return actualStart != null;
    }

    public boolean isRunning() {
        return actualStart != null && actualEnd == null;
    }

    void started(Instant at) {
        actualStart = at;
        actualEnd = null;
    }

    void ended(Instant at) {
        actualEnd = at;
    }
}
