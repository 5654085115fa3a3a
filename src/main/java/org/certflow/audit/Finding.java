package org.certflow.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A finding of an internal audit on one requirement. A nonconformity has an owner, a due date for its corrective
 * action and a CorrectiveActionProcess that keeps its status and log in step.
 */
@Table("finding")
public class Finding {

    @Id
    private Long id;
    private long projectId;
    private long auditId;
    private String requirement;
    private FindingGrade grade;
    private String description;
    private String owner;
    private LocalDate dueDate;
    private FindingStatus status;
    private String rootCause;
    private String actionPlan;
    private String actionTaken;
    private String raisedBy;
    private Instant raisedAt;
    private Instant closedAt;
    private String processInstanceId;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "finding", keyColumn = "position")
    private List<FindingLogEntry> log = new ArrayList<>();

    Finding() {
    }

    Finding(Audit audit, NewFinding finding, String raisedBy, Instant raisedAt) {
        this.projectId = audit.projectId();
        this.auditId = audit.id();
        this.requirement = finding.requirement();
        this.grade = finding.grade();
        this.description = finding.description().trim();
        this.owner = finding.owner();
        this.dueDate = grade.isNonconformity() ? finding.dueDate() : null;
        this.status = grade.isNonconformity() ? FindingStatus.OPEN : FindingStatus.NOTED;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        log.add(new FindingLogEntry(FindingStep.RAISED, null, raisedBy, raisedAt));
    }

    public Long id() {
        return id;
    }

    /** How people refer to it: "F-12". */
    public String reference() {
        return "F-" + id;
    }

    public long projectId() {
        return projectId;
    }

    public long auditId() {
        return auditId;
    }

    public String requirement() {
        return requirement;
    }

    public FindingGrade grade() {
        return grade;
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

    public FindingStatus status() {
        return status;
    }

    public String rootCause() {
        return rootCause;
    }

    public String actionPlan() {
        return actionPlan;
    }

    public String actionTaken() {
        return actionTaken;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public List<FindingLogEntry> log() {
        return List.copyOf(log);
    }

    /** The corrective action is not implemented and its due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return status.awaitsAction() && dueDate != null && today.isAfter(dueDate);
    }

    /** Whether the action was ever found not effective: the effectiveness checks' record for the review. */
    public long timesFoundNotEffective() {
        return log.stream().filter(e -> e.step() == FindingStep.NOT_EFFECTIVE).count();
    }

    void processStarted(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** A step of the corrective action: the status follows, the text goes where it belongs and into the log. */
    void progress(FindingStep step, String text, LocalDate newDueDate, String by, Instant at) {
        switch (step) {
            case ROOT_CAUSE_FOUND -> rootCause = text;
            case ACTION_PLANNED -> {
                actionPlan = text;
                status = FindingStatus.ACTION_PLANNED;
            }
            case IMPLEMENTED -> {
                actionTaken = text;
                status = FindingStatus.IMPLEMENTED;
            }
            case NOT_EFFECTIVE -> {
                status = FindingStatus.OPEN;
                dueDate = newDueDate;
            }
            case VERIFIED_EFFECTIVE -> {
                status = FindingStatus.CLOSED;
                closedAt = at;
            }
            case OVERDUE, RAISED -> {
                // the log line is the whole record: the status stays
            }
        }
        log.add(new FindingLogEntry(step, text, by, at));
    }
}
