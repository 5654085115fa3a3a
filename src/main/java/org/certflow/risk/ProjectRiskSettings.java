package org.certflow.risk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.certflow.catalog.Standard;
import org.certflow.project.Decision;
import org.certflow.project.Decisions;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes a project's risk criteria; a project nobody configured has the defaults. Each change is one of
 * the project's decisions (who set what, when), as top management sets the criteria (ISO 27001 6.1.2 a).
 */
@Service
public class ProjectRiskSettings {

    public static final String REVIEW_INTERVAL = "reviewInterval";
    public static final String APPETITE = "riskAppetite";
    public static final String IMPACT_ASSESSMENT_INTERVAL = "impactAssessmentInterval";
    /** The decisions' task id: the criteria are set on the risk pages, outside any task. */
    static final String DECISION = "RiskCriteria";

    private final RiskSettingsRepository settings;
    private final ProjectService projects;
    private final Decisions decisions;

    ProjectRiskSettings(RiskSettingsRepository settings, ProjectService projects, Decisions decisions) {
        this.settings = settings;
        this.projects = projects;
        this.decisions = decisions;
    }

    @Transactional(readOnly = true)
    public RiskSettings of(long projectId) {
        return settings.findById(projectId).orElseGet(() -> RiskSettings.defaults(projectId));
    }

    /** The review interval as the schedule's timer takes it, e.g. {@code P3M}. */
    @Transactional(readOnly = true)
    public String reviewInterval(long projectId) {
        return of(projectId).reviewInterval().isoDuration();
    }

    /** Top management sets the risk criteria; the project manager keeps them. */
    @Transactional(readOnly = true)
    public boolean mayChange(long projectId, String username) {
        Project project = projects.get(projectId);
        return project.holders(Role.EXECUTIVE).contains(username)
                || project.holders(Role.PROJECT_MANAGER).contains(username);
    }

    /**
     * The review schedule waits the new interval from its next round on; an AI system waiting for its
     * re-assessment keeps the date its approval set. Refused input changes and records nothing.
     */
    @Transactional
    public RiskSettings change(long projectId, ReviewInterval reviewInterval, int riskAppetite,
                               ReviewInterval impactAssessmentInterval, String changedBy) {
        if (!mayChange(projectId, changedBy)) {
            throw new AccessDeniedException("Only the project's executives and project managers set its risk criteria.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (reviewInterval == null) {
            errors.put(REVIEW_INTERVAL, "Choose how often the risks are reviewed.");
        }
        if (riskAppetite < 1 || riskAppetite > RiskMatrix.MAX_SCORE) {
            errors.put(APPETITE, "The appetite is a score of the risk matrix, from 1 to " + RiskMatrix.MAX_SCORE + ".");
        }
        if (impactAssessmentInterval == null) {
            errors.put(IMPACT_ASSESSMENT_INTERVAL, "Choose how often the AI systems are assessed again.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRiskException(errors);
        }
        RiskSettings current = of(projectId);
        current.change(reviewInterval, riskAppetite, impactAssessmentInterval);
        RiskSettings saved = settings.save(current);
        decisions.record(projectId, DECISION, "Risk criteria", "set", describe(saved,
                projects.get(projectId).includes(Standard.ISO42001)), changedBy);
        return saved;
    }

    /** The last change of the project's risk criteria: who set them, when and to what; empty for the defaults. */
    @Transactional(readOnly = true)
    public Optional<Decision> lastChange(long projectId) {
        return decisions.of(projectId).stream().filter(d -> DECISION.equals(d.taskId())).reduce((first, last) -> last);
    }

    /** E.g. "Risks reviewed every 3 months; risk appetite 6; AI systems re-assessed every year". */
    private static String describe(RiskSettings criteria, boolean includesAi) {
        return "Risks reviewed " + criteria.reviewInterval().label().toLowerCase() + "; risk appetite "
                + criteria.riskAppetite() + (includesAi ? "; AI systems re-assessed "
                + criteria.impactAssessmentInterval().label().toLowerCase() : "");
    }
}
