package org.certflow.risk;

import java.util.List;
import java.util.Optional;

import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's risk register: adding and changing risks by their rules, and reading them back with their history. A
 * risk left above the appetite without an executive's acceptance goes to review at once; a risk under review is
 * changed in its review, not here.
 */
@Service
public class RiskRegister {

    private final RiskRepository risks;
    private final RiskQueries queries;
    private final RiskHistory history;
    private final RiskValidator validator;
    private final RiskMatrix matrix;
    private final ProjectService projects;
    private final ProjectRiskSettings settings;
    private final OpenReviews openReviews;
    private final People people;
    private final ApplicationEventPublisher events;

    RiskRegister(RiskRepository risks, RiskQueries queries, RiskHistory history, RiskValidator validator,
                 RiskMatrix matrix, ProjectService projects, ProjectRiskSettings settings, OpenReviews openReviews,
                 People people, ApplicationEventPublisher events) {
        this.risks = risks;
        this.queries = queries;
        this.history = history;
        this.validator = validator;
        this.matrix = matrix;
        this.projects = projects;
        this.settings = settings;
        this.openReviews = openReviews;
        this.people = people;
        this.events = events;
    }

    /** The project's risk owners and project managers keep the register. */
    @Transactional(readOnly = true)
    public boolean mayEdit(long projectId, String username) {
        Project project = projects.get(projectId);
        return project.holders(Role.RISK_OWNER).contains(username)
                || project.holders(Role.PROJECT_MANAGER).contains(username);
    }

    @Transactional
    public Risk add(long projectId, RiskInput input, String addedBy) {
        Project project = editableBy(projectId, addedBy);
        validator.validate(project, input, settings.of(projectId).reviewInterval());
        Risk risk = new Risk(projectId, addedBy, EngineClock.now());
        describeAndRate(risk, input);
        Risk saved = risks.save(risk);
        history.record(saved.id(), RiskHistoryKind.IDENTIFIED, addedBy, ratings(saved));
        reviewIfUnaccepted(saved, addedBy, true);
        return saved;
    }

    /**
     * Changes a risk as someone edited it at {@code editedVersion}; if it changed since, nothing is saved and an
     * OptimisticLockingFailureException says so, rather than overwriting the other person's change. A risk under
     * review is refused with a {@link RiskUnderReviewException}.
     */
    @Transactional
    public Risk change(long riskId, int editedVersion, RiskInput input, String changedBy) {
        Risk risk = get(riskId);
        if (risk.version() != editedVersion) {
            throw new OptimisticLockingFailureException("Risk " + riskId + " changed since version " + editedVersion);
        }
        Project project = editableBy(risk.projectId(), changedBy);
        underReviewNotice(risk).ifPresent(message -> {
            throw new RiskUnderReviewException(message);
        });
        validator.validate(project, input, settings.of(risk.projectId()).reviewInterval());
        describeAndRate(risk, input);
        Risk saved = risks.save(risk);
        history.record(riskId, RiskHistoryKind.CHANGED, changedBy, ratings(saved));
        reviewIfUnaccepted(saved, changedBy, false);
        return saved;
    }

    /** Why the risk cannot be changed in the register now: it is under review (empty when it can). */
    @Transactional(readOnly = true)
    public Optional<String> underReviewNotice(Risk risk) {
        return openReviews.includes(risk) ? Optional.of("\"" + risk.title() + "\" is under review by its owner, "
                + people.displayName(risk.owner()) + ": change it in the review task.") : Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<Risk> find(long riskId) {
        return risks.findById(riskId);
    }

    @Transactional(readOnly = true)
    public Risk get(long riskId) {
        return find(riskId).orElseThrow(() -> new IllegalArgumentException("No risk " + riskId));
    }

    /** All risks of the project, highest residual score first. */
    @Transactional(readOnly = true)
    public List<Risk> risks(long projectId) {
        return risks.findByProjectIdOrderByResidualScoreDescTitle(projectId);
    }

    @Transactional(readOnly = true)
    public List<Risk> page(long projectId, RiskFilter filter, int offset, int limit) {
        return queries.page(projectId, filter, settings.of(projectId).riskAppetite(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(long projectId, RiskFilter filter) {
        return queries.count(projectId, filter, settings.of(projectId).riskAppetite());
    }

    /**
     * The heat map: how many of the project's risks are rated each likelihood (first index) and impact (second),
     * both from 1, before treatment or after ({@code residual}).
     */
    @Transactional(readOnly = true)
    public int[][] heatMap(long projectId, boolean residual) {
        int[][] counts = new int[RiskMatrix.MAX][RiskMatrix.MAX];
        for (Risk risk : risks(projectId)) {
            int likelihood = residual ? risk.residualLikelihood() : risk.likelihood();
            int impact = residual ? risk.residualImpact() : risk.impact();
            counts[likelihood - RiskMatrix.MIN][impact - RiskMatrix.MIN]++;
        }
        return counts;
    }

    /** What happened to the risk, newest first. */
    @Transactional(readOnly = true)
    public List<RiskHistoryEntry> history(long riskId) {
        return history.of(riskId);
    }

    /** "4 x 4 = 16 (critical), residual 3 x 4 = 12 (high), mitigate": a rating as the history tells it. */
    static String ratings(Risk risk) {
        return risk.likelihood() + " x " + risk.impact() + " = " + risk.inherent() + ", residual "
                + risk.residualLikelihood() + " x " + risk.residualImpact() + " = " + risk.residual() + ", "
                + risk.treatment().label().toLowerCase();
    }

    private Project editableBy(long projectId, String username) {
        if (!mayEdit(projectId, username)) {
            throw new AccessDeniedException("Only the project's risk owners and project managers keep its risk register.");
        }
        return projects.get(projectId);
    }

    /** Only an executive may take a residual risk above the appetite: its owner and an executive review it now. */
    private void reviewIfUnaccepted(Risk risk, String enteredBy, boolean added) {
        if (risk.needsAcceptance(settings.of(risk.projectId()).riskAppetite(), EngineClock.today())) {
            events.publishEvent(new RiskAboveAppetite(risk.projectId(), risk.id(), enteredBy, added));
        }
    }

    private void describeAndRate(Risk risk, RiskInput input) {
        risk.describe(input);
        risk.rate(matrix, input.likelihood(), input.impact(), input.residualLikelihood(), input.residualImpact(),
                input.treatment(), input.treatmentPlan());
    }
}
