package org.certflow.incident;

import java.time.Instant;
import java.util.function.Consumer;

import org.certflow.shared.EngineClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the incident process records on the incident as it goes: the severity, what was done at each step and the
 * timeline; a major incident is announced to the other features as {@link MajorIncidentOccurred}.
 * {@code actor} is the person who did the step.
 */
@Service
public class IncidentHandling {

    private final IncidentRepository incidents;
    private final ApplicationEventPublisher events;

    IncidentHandling(IncidentRepository incidents, ApplicationEventPublisher events) {
        this.incidents = incidents;
        this.events = events;
    }

    /** Stores the severity table's proposal; returns the triage deadline it sets. */
    @Transactional
    public Instant severityProposed(long incidentId, Severity proposed) {
        return update(incidentId, incident -> incident.severityProposed(proposed, EngineClock.now())).triageDueAt();
    }

    /** Stores the severity confirmed at triage ({@code reason} null) or set instead of the proposal. */
    @Transactional
    public Incident triaged(long incidentId, Severity severity, String reason, String actor) {
        return update(incidentId, incident -> incident.triaged(severity, reason, EngineClock.now(), actor));
    }

    /** Announces a major incident, so the review of the risks of the affected systems starts at once. */
    @Transactional
    public void requestRiskReview(long incidentId) {
        Incident incident = update(incidentId, i -> i.record(IncidentEvent.RISK_REVIEW_REQUESTED, EngineClock.now(),
                null, "Affected: " + String.join(", ", i.affectedSystems())));
        events.publishEvent(new MajorIncidentOccurred(incident.projectId(), incident.id(), incident.summary(),
                incident.affectedSystems()));
    }

    @Transactional
    public void contained(long incidentId, String actions, String actor) {
        update(incidentId, incident -> incident.contained(actions, EngineClock.now(), actor));
    }

    @Transactional
    public void aiSystemAssessed(long incidentId, String assessment, String actor) {
        update(incidentId, incident -> incident.aiSystemAssessed(assessment, EngineClock.now(), actor));
    }

    @Transactional
    public void notified(long incidentId, String parties, String actor) {
        update(incidentId, incident -> incident.notified(parties, EngineClock.now(), actor));
    }

    @Transactional
    public void investigated(long incidentId, String rootCause, String actor) {
        update(incidentId, incident -> incident.investigated(rootCause, EngineClock.now(), actor));
    }

    @Transactional
    public void closed(long incidentId, String lessonsLearned, String actor) {
        update(incidentId, incident -> incident.closed(lessonsLearned, EngineClock.now(), actor));
    }

    /** Keeps the due date of one of the incident's tasks, as the process set it when it created the task. */
    @Transactional
    public void deadlineSet(long incidentId, IncidentSla.Breach breachIfMissed, String taskId, Instant dueAt) {
        update(incidentId, incident -> incident.deadlineSet(breachIfMissed, taskId, dueAt));
    }

    /** The task is done now: its deadline is met, or missed for good if it has passed. */
    @Transactional
    public void deadlineMet(long incidentId, String taskId) {
        update(incidentId, incident -> incident.deadlineMet(taskId, EngineClock.now()));
    }

    /** Adds an event that stores nothing else to the timeline (a missed deadline, a reopening, ...). */
    @Transactional
    public void record(long incidentId, IncidentEvent event, String actor, String note) {
        update(incidentId, incident -> incident.record(event, EngineClock.now(), actor, note));
    }

    private Incident update(long incidentId, Consumer<Incident> change) {
        Incident incident = incidents.findById(incidentId)
                .orElseThrow(() -> new IllegalArgumentException("No incident " + incidentId));
        change.accept(incident);
        return incidents.save(incident);
    }
}
