package org.certflow.risk;

import java.time.LocalDate;
import java.util.Map;

import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happens in a risk's review: the owner's ratings and treatment, the executive's acceptance of a
 * residual risk above the appetite (with its expiry) or its return to treatment, and the review's completion,
 * which sets the next review date.
 */
@Service
public class RiskReviewResults {

    public static final String ACCEPTED_UNTIL = "acceptedUntil";

    private final RiskRepository risks;
    private final RiskRegister register;
    private final RiskHistory history;
    private final RiskValidator validator;
    private final RiskMatrix matrix;
    private final ProjectService projects;
    private final ProjectRiskSettings settings;
    private final People people;

    RiskReviewResults(RiskRepository risks, RiskRegister register, RiskHistory history, RiskValidator validator,
                      RiskMatrix matrix, ProjectService projects, ProjectRiskSettings settings, People people) {
        this.risks = risks;
        this.register = register;
        this.history = history;
        this.validator = validator;
        this.matrix = matrix;
        this.projects = projects;
        this.settings = settings;
        this.people = people;
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

    @Transactional
    public Risk recordAcceptance(long riskId, LocalDate until, String executive) {
        if (until == null || !until.isAfter(EngineClock.today())) {
            throw new InvalidRiskException(Map.of(ACCEPTED_UNTIL, "Give the date the acceptance ends, after today: "
                    + "the risk comes back for review by then."));
        }
        Risk risk = register.get(riskId);
        risk.accepted(until, executive);
        Risk saved = risks.save(risk);
        history.record(riskId, RiskHistoryKind.ACCEPTED, executive, "Residual " + saved.residual() + " accepted until "
                + until);
        return saved;
    }

    @Transactional
    public void recordSentBack(long riskId, String executive, String reason) {
        history.record(riskId, RiskHistoryKind.SENT_BACK, executive, reason);
    }

    /** The owner approved the treatment plan (ISO 27001 6.1.3 f): reviewed now, next within the review interval. */
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
