package org.certflow.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An action against the root cause of an incident (ISO 27001 clause 10.2), planned by the incident manager for a
 * named person of the project, due on a date; its owner records what was done.
 */
@Table("corrective_action")
public class CorrectiveAction {

    @Id
    private Long id;
    private long incidentId;
    private String description;
    private String owner;
    private LocalDate dueDate;
    private CorrectiveActionStatus status;
    private String plannedBy;
    private Instant plannedAt;
    private String result;
    private String doneBy;
    private Instant doneAt;
    @Version
    private Integer version;

    CorrectiveAction() {
    }

    CorrectiveAction(long incidentId, NewCorrectiveAction action, String plannedBy, Instant plannedAt) {
        this.incidentId = incidentId;
        this.description = action.description().trim();
        this.owner = action.owner();
        this.dueDate = action.dueDate();
        this.status = CorrectiveActionStatus.OPEN;
        this.plannedBy = plannedBy;
        this.plannedAt = plannedAt;
    }

    public Long id() {
        return id;
    }

    public long incidentId() {
        return incidentId;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public CorrectiveActionStatus status() {
        return status;
    }

    public boolean isOpen() {
        return status == CorrectiveActionStatus.OPEN;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueDate.isBefore(today);
    }

    /** Overdue now, or done after its due day: a missed deadline either way. */
    public boolean isLate(LocalDate today) {
        return isOpen() ? isOverdue(today) : LocalDate.ofInstant(doneAt, ZoneId.systemDefault()).isAfter(dueDate);
    }

    public String plannedBy() {
        return plannedBy;
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    public String result() {
        return result;
    }

    public String doneBy() {
        return doneBy;
    }

    public Instant doneAt() {
        return doneAt;
    }

    void done(String result, String doneBy, Instant doneAt) {
        this.status = CorrectiveActionStatus.DONE;
        this.result = result;
        this.doneBy = doneBy;
        this.doneAt = doneAt;
    }
}
