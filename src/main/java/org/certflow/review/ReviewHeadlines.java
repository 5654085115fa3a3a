package org.certflow.review;

import java.time.LocalDate;
import java.util.List;

import org.certflow.project.Phase;
import org.certflow.project.ProjectService;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;
import org.certflow.shared.HeadlineFigure;
import org.certflow.shared.HeadlineFigure.State;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The management reviews at a glance on the project's page: when the last one was completed (none yet needs
 * attention once the audit and certification phase has started), the one in progress or the next one scheduled,
 * and the actions decided in reviews that are past their due date.
 */
@Service
public class ReviewHeadlines {

    private final ManagementReviews reviews;
    private final ReviewSchedule schedule;
    private final ProjectService projects;

    ReviewHeadlines(ManagementReviews reviews, ReviewSchedule schedule, ProjectService projects) {
        this.reviews = reviews;
        this.schedule = schedule;
        this.projects = projects;
    }

    @Transactional(readOnly = true)
    public List<HeadlineFigure> of(long projectId) {
        LocalDate today = EngineClock.today();
        return List.of(last(projectId), current(projectId),
                HeadlineFigure.count("Review actions overdue", reviews.actionsOfCompletedReviews(projectId).stream()
                        .filter(action -> action.isOverdue(today)).count(), State.ALARM));
    }

    private HeadlineFigure last(long projectId) {
        return reviews.lastApproval(projectId)
                .map(approval -> new HeadlineFigure("Last review completed", Dates.day(approval.approvedAt()),
                        State.OK))
                .orElseGet(() -> new HeadlineFigure("Last review completed", "None yet",
                        projects.get(projectId).phase(Phase.AUDIT_AND_CERTIFICATION).hasStarted() ? State.ATTENTION
                                : State.OK));
    }

    /** The review being prepared or decided waits for someone; otherwise the day the next one opens. */
    private HeadlineFigure current(long projectId) {
        return schedule.inProgress(projectId)
                .map(review -> new HeadlineFigure("Review in progress", review.status().label(), State.ATTENTION))
                .orElseGet(() -> new HeadlineFigure("Next review",
                        schedule.next(projectId).map(Dates::day).orElse("Not scheduled"), State.OK));
    }
}
