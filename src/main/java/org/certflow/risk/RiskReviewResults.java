package org.certflow.risk;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Set;

import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.shared.EngineClock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happens in a risk's review: the owner's controls, ratings and treatment, the executive's acceptance
 * of a residual risk above the appetite (with its expiry, at most a year ahead) or its return to treatment, and the
 * review's completion, which sets the next review date.
 */
@Service
public class RiskReviewResults {

    public static final String ACCEPTED_UNTIL = "acceptedUntil";
    /** An acceptance is revisited at least yearly, whatever the review interval. */
    static final Period LONGEST_ACCEPTANCE = Period.ofMonths(12);

    private final RiskRepository risks;
    private final RiskRegister register;
    private final RiskHistory history;
    private final RiskValidator validator;
    private final RiskMatrix matrix;
    private final ProjectService projects;
    private final ProjectRiskSettings settings;
    private final People people;
    private final OpenReviews openReviews;

    RiskReviewResults(RiskRepository risks, RiskRegister register, RiskHistory history, RiskValidator validator,
                      RiskMatrix matrix, ProjectService projects, ProjectRiskSettings settings, People people,
                      OpenReviews openReviews) {
        this.risks = risks;
        this.register = register;
        this.history = history;
        this.validator = validator;
        this.matrix = matrix;
        this.projects = projects;
        this.settings = settings;
        this.people = people;
        this.openReviews = openReviews;
    }

    /**
     * The owner changes the controls that carry the risk's treatment while their review of it is open (the
     * register is closed to a risk under review); the review then checks the treatment against them.
     */
    @Transactional
    public Risk changeControls(long riskId, Set<String> controls, String owner) {
        Risk risk = register.get(riskId);
        if (!risk.owner().equals(owner)) {
            throw new AccessDeniedException("Only the risk's owner changes its controls in a review.");
        }
        if (openReviews.ownersReview(risk).isEmpty()) {
            throw new IllegalStateException("The controls of \"" + risk.title() + "\" are changed while its owner "
                    + "reviews it.");
        }
        validator.validateControls(projects.get(risk.projectId()), controls);
        risk.linkControls(controls);
        Risk saved = risks.save(risk);
        history.record(riskId, RiskHistoryKind.CONTROLS_CHANGED, owner, saved.controls().isEmpty() ? "No controls"
                : String.join(", ", saved.controls()));
        return saved;
    }

    /** Rates the risk as its owner reviewed it; refused input changes nothing. */
    @Transactional
    public Risk recordReview(long riskId, ReviewInput review, String reviewer) {
        Risk risk = register.get(riskId);
        validator.validateReview(projects.get(risk.projectId()), review, risk.controls());
        risk.rate(matrix, review.likelihood(), review.impact(), review.residualLikelihood(), review.residualImpact(),
                review.treatment(), review.treatmentPlan());
        Risk saved = risks.save(risk);
        String notes = review.notes() == null || review.notes().isBlank() ? "" : ". " + review.notes().trim();
        history.record(riskId, RiskHistoryKind.REVIEWED, reviewer, RiskRegister.ratings(saved) + notes);
        return saved;
    }

    /** Whether the residual risk is above the project's appetite, so that only an executive may accept it. */
    @Transactional(readOnly = true)
    public boolean needsExecutive(long riskId) {
        Risk risk = register.get(riskId);
        return risk.isAboveAppetite(settings.of(risk.projectId()).riskAppetite());
    }

    /** Refused, recording nothing, without an end after today and at most {@link #LONGEST_ACCEPTANCE} ahead. */
    @Transactional
    public Risk recordAcceptance(long riskId, LocalDate until, String executive) {
        LocalDate today = EngineClock.today();
        LocalDate latest = today.plus(LONGEST_ACCEPTANCE);
        if (until == null || !until.isAfter(today) || until.isAfter(latest)) {
            throw new InvalidRiskException(Map.of(ACCEPTED_UNTIL, "Give the date the acceptance ends: after today "
                    + "and at most 12 months ahead, by " + latest + " at the latest. The risk comes back for review "
                    + "by then."));
        }
        Risk risk = register.get(riskId);
        risk.accepted(until, executive);
        Risk saved = risks.save(risk);
        history.record(riskId, RiskHistoryKind.ACCEPTED, executive, "Residual " + saved.residual() + " accepted until "
                + until);
        return saved;
    }

    /** The owner approved the treatment plan as rated in the review (ISO 27001 6.1.3 f). */
    @Transactional
    public void recordPlanApproval(long riskId, String owner) {
        history.record(riskId, RiskHistoryKind.PLAN_APPROVED, owner, RiskRegister.ratings(register.get(riskId)));
    }

    @Transactional
    public void recordSentBack(long riskId, String executive, String reason) {
        history.record(riskId, RiskHistoryKind.SENT_BACK, executive, reason);
    }

    /** The review is done (plan approved, residual risk accepted if need be): next within the review interval. */
    @Transactional
    public Risk completeReview(long riskId, String planApprovedBy) {
        Risk risk = register.get(riskId);
        LocalDate next = EngineClock.today().plus(settings.of(risk.projectId()).reviewInterval().period());
        risk.reviewed(EngineClock.now(), next);
        Risk saved = risks.save(risk);
        history.record(riskId, RiskHistoryKind.REVIEW_COMPLETED, planApprovedBy, "Treatment plan approved by "
                + people.displayName(planApprovedBy) + "; next review by " + next);
        return saved;
    }
}
