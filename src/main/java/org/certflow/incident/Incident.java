package org.certflow.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An information security or AI incident reported in a project, with what its handling found and its timeline.
 * The incident process moves it along; {@link #status()} only moves forward, except when the incident manager
 * reopens it for another investigation.
 */
@Table("incident")
public class Incident {

    private static final String SYSTEM_SEPARATOR = ", ";

    @Id
    private Long id;
    private long projectId;
    private String summary;
    private String description;
    private Instant occurredAt;
    private String affectedSystems;
    private boolean involvesAi;
    private boolean personalData;
    private Impact confidentialityImpact;
    private Impact integrityImpact;
    private Impact availabilityImpact;
    private Impact harmToPeople;
    private Severity proposedSeverity;
    private Severity severity;
    private String severityReason;
    private IncidentStatus status;
    private String reportedBy;
    private Instant reportedAt;
    private Instant triageDueAt;
    private Instant notificationDueAt;
    private String containment;
    private String aiAssessment;
    private String notification;
    private String rootCause;
    private String lessonsLearned;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "incident", keyColumn = "step_no")
    private List<IncidentStep> timeline = new ArrayList<>();
    @MappedCollection(idColumn = "incident", keyColumn = "deadline_no")
    private List<IncidentDeadline> deadlines = new ArrayList<>();

    Incident() {
    }

    Incident(IncidentReport report, String reportedBy, Instant reportedAt) {
        this.projectId = report.projectId();
        this.summary = report.summary().trim();
        this.description = report.description().trim();
        this.occurredAt = report.occurredAt();
        this.affectedSystems = String.join(SYSTEM_SEPARATOR, report.systems());
        this.involvesAi = report.involvesAi();
        this.personalData = report.personalData();
        this.confidentialityImpact = report.confidentiality();
        this.integrityImpact = report.integrity();
        this.availabilityImpact = report.availability();
        this.harmToPeople = report.involvesAi() ? report.harmToPeople() : Impact.NONE;
        this.status = IncidentStatus.REPORTED;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.notificationDueAt = reportedAt.plus(IncidentSla.NOTIFICATION);
        record(IncidentEvent.REPORTED, reportedAt, reportedBy, null);
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public List<String> affectedSystems() {
        return Arrays.asList(affectedSystems.split(SYSTEM_SEPARATOR));
    }

    public boolean involvesAi() {
        return involvesAi;
    }

    public boolean personalData() {
        return personalData;
    }

    public Impact confidentialityImpact() {
        return confidentialityImpact;
    }

    public Impact integrityImpact() {
        return integrityImpact;
    }

    public Impact availabilityImpact() {
        return availabilityImpact;
    }

    /** Harm to people from an AI system; {@link Impact#NONE} when no AI system is involved. */
    public Impact harmToPeople() {
        return harmToPeople;
    }

    public Severity proposedSeverity() {
        return proposedSeverity;
    }

    /** The severity the incident manager confirmed or set at triage; empty before triage. */
    public Optional<Severity> confirmedSeverity() {
        return Optional.ofNullable(severity);
    }

    /** The confirmed severity, or the proposed one while the incident waits for triage. */
    public Severity severity() {
        return severity != null ? severity : proposedSeverity;
    }

    /** Why the incident manager changed the proposed severity; null when they confirmed it. */
    public String severityReason() {
        return severityReason;
    }

    public IncidentStatus status() {
        return status;
    }

    public boolean isOpen() {
        return status != IncidentStatus.CLOSED;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Instant triageDueAt() {
        return triageDueAt;
    }

    public Instant notificationDueAt() {
        return notificationDueAt;
    }

    public boolean notificationRequired() {
        return severity() == null ? personalData : IncidentSla.notificationRequired(severity(), personalData);
    }

    public String containment() {
        return containment;
    }

    public String aiAssessment() {
        return aiAssessment;
    }

    public String notification() {
        return notification;
    }

    public String rootCause() {
        return rootCause;
    }

    public String lessonsLearned() {
        return lessonsLearned;
    }

    /** The timeline, oldest first. */
    public List<IncidentStep> timeline() {
        return List.copyOf(timeline);
    }

    /** When the event last happened, if it did. */
    public Optional<Instant> lastTime(IncidentEvent event) {
        return timeline.stream().filter(step -> step.event() == event).map(IncidentStep::happenedAt)
                .max(Comparator.naturalOrder());
    }

    /** From the report to the closure, or to now while the incident is open. */
    public Duration age(Instant now) {
        return Duration.between(reportedAt, lastTime(IncidentEvent.CLOSED).filter(c -> !isOpen()).orElse(now));
    }

    /**
     * The deadlines missed, counting one still running at {@code now} as missed once it has passed, in the order
     * of the handling; without the corrective actions' (see {@code IncidentList}).
     */
    public List<IncidentSla.Breach> breaches(Instant now) {
        Set<IncidentSla.Breach> breaches = EnumSet.noneOf(IncidentSla.Breach.class);
        if (triageDueAt != null && lastTime(IncidentEvent.TRIAGED).orElse(now).isAfter(triageDueAt)) {
            breaches.add(IncidentSla.Breach.TRIAGE_LATE);
        }
        if (notificationRequired() && lastTime(IncidentEvent.NOTIFIED).orElse(now).isAfter(notificationDueAt)) {
            breaches.add(IncidentSla.Breach.NOTIFICATION_LATE);
        }
        deadlines.stream().filter(deadline -> deadline.missedBy(now)).map(IncidentDeadline::breach)
                .forEach(breaches::add);
        return List.copyOf(breaches);
    }

    /** The task's due date, as the process set it; a breach of this kind when it is missed. */
    void deadlineSet(IncidentSla.Breach breachIfMissed, String taskId, Instant dueAt) {
        deadlines.add(new IncidentDeadline(breachIfMissed, taskId, dueAt, null));
    }

    /** The task is done: its deadline, if it has one, is met at this time (or missed, if that is later). */
    void deadlineMet(String taskId, Instant at) {
        deadlines.replaceAll(deadline -> deadline.isOpenFor(taskId) ? deadline.met(at) : deadline);
    }

    void severityProposed(Severity proposed, Instant at) {
        this.proposedSeverity = proposed;
        this.triageDueAt = reportedAt.plus(IncidentSla.triageWithin(proposed));
        record(IncidentEvent.SEVERITY_PROPOSED, at, null, proposed.label());
    }

    void triaged(Severity confirmed, String reason, Instant at, String actor) {
        this.severity = confirmed;
        this.severityReason = reason;
        record(IncidentEvent.TRIAGED, at, actor, reason == null ? confirmed.label() + ", as proposed"
                : "Severity set to " + confirmed.label() + " (proposed " + proposedSeverity.label() + "): " + reason);
    }

    void contained(String actions, Instant at, String actor) {
        this.containment = actions;
        record(IncidentEvent.CONTAINED, at, actor, actions);
    }

    void aiSystemAssessed(String assessment, Instant at, String actor) {
        this.aiAssessment = assessment;
        record(IncidentEvent.AI_SYSTEM_ASSESSED, at, actor, assessment);
    }

    void notified(String parties, Instant at, String actor) {
        this.notification = parties;
        record(IncidentEvent.NOTIFIED, at, actor, parties);
    }

    void investigated(String cause, Instant at, String actor) {
        this.rootCause = cause;
        record(IncidentEvent.INVESTIGATED, at, actor, cause);
    }

    void closed(String lessons, Instant at, String actor) {
        this.lessonsLearned = lessons;
        record(IncidentEvent.CLOSED, at, actor, lessons);
    }

    /** Adds to the timeline; the status follows the event forward, or back before the investigation on reopening. */
    void record(IncidentEvent event, Instant at, String actor, String note) {
        timeline.add(new IncidentStep(event, at, actor, note));
        if (event == IncidentEvent.REOPENED) {
            status = timeline.stream().flatMap(step -> step.event().status().stream())
                    .filter(s -> s.compareTo(IncidentStatus.INVESTIGATED) < 0).max(Comparator.naturalOrder())
                    .orElse(IncidentStatus.TRIAGED);
        } else {
            event.status().filter(reached -> reached.compareTo(status) > 0).ifPresent(reached -> status = reached);
        }
    }
}
