package org.certflow.risk;

import java.util.Map;

import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes a project's risk criteria; a project nobody configured has the defaults. */
@Service
public class ProjectRiskSettings {

    public static final String APPETITE = "riskAppetite";

    private final RiskSettingsRepository settings;
    private final ProjectService projects;

    ProjectRiskSettings(RiskSettingsRepository settings, ProjectService projects) {
        this.settings = settings;
        this.projects = projects;
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

    /** The review schedule waits the new interval from its next round on. */
    @Transactional
    public RiskSettings change(long projectId, ReviewInterval reviewInterval, int riskAppetite,
                               ReviewInterval impactAssessmentInterval, String changedBy) {
        if (!mayChange(projectId, changedBy)) {
            throw new AccessDeniedException("Only the project's executives and project managers set its risk criteria.");
        }
        if (riskAppetite < 1 || riskAppetite > RiskMatrix.MAX_SCORE) {
            throw new InvalidRiskException(Map.of(APPETITE, "The appetite is a score of the risk matrix, from 1 to "
                    + RiskMatrix.MAX_SCORE + "."));
        }
        RiskSettings current = of(projectId);
        current.change(reviewInterval, riskAppetite, impactAssessmentInterval);
        return settings.save(current);
    }
}
