package org.certflow.risk;

import static org.certflow.project.process.ProcessVariables.PROJECT_ID;
import static org.certflow.risk.process.RiskReviewVariables.REVIEW_DUE_DATE;
import static org.certflow.risk.process.RiskReviewVariables.REVIEW_PROCESS;
import static org.certflow.risk.process.RiskReviewVariables.REVIEW_ROUND_ID;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.certflow.incident.MajorIncidentOccurred;
import org.certflow.security.People;
import org.certflow.shared.EngineClock;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts risk reviews, each a {@link ReviewRound} worked by one instance of {@code RiskReviewProcess}: on the
 * project's schedule, after a major incident, when the register is left with a residual risk above the appetite
 * that nobody accepts, or when someone asks. A risk whose review is still open is not put in a second one.
 */
@Service
public class RiskReviews {

    private final ReviewRoundRepository rounds;
    private final RiskRepository risks;
    private final RiskRegister register;
    private final RiskHistory history;
    private final ProjectRiskSettings settings;
    private final OpenReviews openReviews;
    private final People people;
    private final RuntimeService runtime;

    RiskReviews(ReviewRoundRepository rounds, RiskRepository risks, RiskRegister register, RiskHistory history,
                ProjectRiskSettings settings, OpenReviews openReviews, People people, RuntimeService runtime) {
        this.rounds = rounds;
        this.risks = risks;
        this.register = register;
        this.history = history;
        this.settings = settings;
        this.openReviews = openReviews;
        this.people = people;
        this.runtime = runtime;
    }

    /**
     * The scheduled review: every risk that would otherwise go unreviewed past its review date (see
     * {@link Risk#isDueBefore}). None due, none started.
     */
    @Transactional
    public Optional<ReviewRound> startScheduled(long projectId) {
        RiskSettings criteria = settings.of(projectId);
        LocalDate nextRound = EngineClock.today().plus(criteria.reviewInterval().period());
        List<Risk> due = risks.findByProjectIdOrderByResidualScoreDescTitle(projectId).stream()
                .filter(risk -> risk.isDueBefore(nextRound, criteria.riskAppetite())).toList();
        return start(projectId, ReviewCause.SCHEDULE, "Scheduled review (" + criteria.reviewInterval().label()
                .toLowerCase() + ")", null, due);
    }

    /**
     * The review after a major incident, at once: the risks of the systems it affected (their asset or AI system
     * named, in any case), or every risk of the project when it names none of them. Each of those risks notes the
     * incident in its history, also one whose review is already open.
     */
    @Transactional
    public Optional<ReviewRound> startAfterIncident(MajorIncidentOccurred incident) {
        List<Risk> all = risks.findByProjectIdOrderByResidualScoreDescTitle(incident.projectId());
        Set<String> systems = incident.affectedSystems().stream().map(s -> s.trim().toLowerCase())
                .collect(Collectors.toSet());
        List<Risk> affected = all.stream().filter(risk -> systems.contains(risk.asset().toLowerCase())).toList();
        List<Risk> toReview = affected.isEmpty() ? all : affected;
        String reason = "Major incident #" + incident.incidentId() + ": " + incident.summary();
        toReview.forEach(risk -> history.record(risk.id(), RiskHistoryKind.INCIDENT, null, reason));
        return start(incident.projectId(), ReviewCause.INCIDENT, reason, null, toReview);
    }

    /**
     * The review of a risk the register was left with above the appetite and unaccepted, at once, in the
     * transaction that saved it: its owner approves the treatment plan and an executive gets the acceptance.
     */
    @EventListener
    void on(RiskAboveAppetite entered) {
        String reason = (entered.added() ? "Added to the register" : "Changed in the register") + " by "
                + people.displayName(entered.enteredBy()) + " with a residual risk above the appetite that no "
                + "executive accepts";
        start(entered.projectId(), ReviewCause.REGISTER_CHANGE, reason, entered.enteredBy(),
                risks.findAllById(List.of(entered.riskId())));
    }

    /**
     * A review of these risks now, asked for by a risk owner or project manager of the project; risks of other
     * projects are left out. Empty when none of them is left to review (all of them under review already).
     */
    @Transactional
    public Optional<ReviewRound> startOnDemand(long projectId, Collection<Long> riskIds, String requestedBy) {
        if (!register.mayEdit(projectId, requestedBy)) {
            throw new AccessDeniedException("Only the project's risk owners and project managers start reviews.");
        }
        List<Risk> chosen = risks.findAllById(riskIds).stream().filter(r -> r.projectId() == projectId).toList();
        return start(projectId, ReviewCause.ON_DEMAND, "Review asked for by " + people.displayName(requestedBy),
                requestedBy, chosen);
    }

    @Transactional(readOnly = true)
    public Optional<ReviewRound> round(long roundId) {
        return rounds.findById(roundId);
    }

    /** The risks of the round, for the review process's multi-instance. */
    @Transactional(readOnly = true)
    public List<Long> riskIds(long roundId) {
        return round(roundId).orElseThrow(() -> new IllegalArgumentException("No review round " + roundId))
                .riskIds();
    }

    /** The project's risks whose review is open now. */
    @Transactional(readOnly = true)
    public Set<Long> underReview(long projectId) {
        return openReviews.riskIds(projectId);
    }

    private Optional<ReviewRound> start(long projectId, ReviewCause cause, String reason, String actor,
                                        List<Risk> candidates) {
        Set<Long> open = underReview(projectId);
        List<Long> riskIds = candidates.stream().map(Risk::id).filter(id -> !open.contains(id)).toList();
        if (riskIds.isEmpty()) {
            return Optional.empty();
        }
        ReviewRound round = rounds.save(new ReviewRound(projectId, cause, reason, EngineClock.now(), riskIds));
        riskIds.forEach(id -> history.record(id, RiskHistoryKind.REVIEW_STARTED, actor, reason));
        Date due = Date.from(EngineClock.now().atZone(ZoneId.systemDefault()).plus(cause.timeToReview()).toInstant());
        runtime.startProcessInstanceByKey(REVIEW_PROCESS, String.valueOf(projectId),
                Map.of(PROJECT_ID, projectId, REVIEW_ROUND_ID, round.id(), REVIEW_DUE_DATE, due));
        return Optional.of(round);
    }
}
