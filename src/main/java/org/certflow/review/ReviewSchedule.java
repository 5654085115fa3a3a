package org.certflow.review;

import static org.certflow.review.process.ReviewVariables.PROCESS;
import static org.certflow.review.process.ReviewVariables.PROJECT_ID;
import static org.certflow.review.process.ReviewVariables.SCHEDULED_FOR;
import static org.certflow.review.process.ReviewVariables.TIMER_REVIEW_DUE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.certflow.project.ProjectService;
import org.certflow.security.Role;
import org.certflow.shared.Dates;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each project's schedule of management reviews. A scheduled review is a ManagementReviewProcess instance waiting
 * at its timer until its day, so the schedule is per project and visible in Cockpit; a project has at most one
 * scheduled review, the one its last review decided. The project manager may hold an extraordinary one in between.
 */
@Service
public class ReviewSchedule {

    private final RuntimeService runtime;
    private final ManagementReviewRepository reviews;
    private final ProjectService projects;

    ReviewSchedule(RuntimeService runtime, ManagementReviewRepository reviews, ProjectService projects) {
        this.runtime = runtime;
        this.reviews = reviews;
        this.projects = projects;
    }

    /** Opens a review now; a scheduled review stays scheduled. */
    @Transactional
    public String holdNow(long projectId) {
        return runtime.startProcessInstanceByKey(PROCESS, String.valueOf(projectId), Map.of(PROJECT_ID, projectId))
                .getId();
    }

    /**
     * The project manager holds an extraordinary review now (e.g. after a major change): its inputs are gathered at
     * once and its preparation goes to the project manager. Refused while another review of the project is open.
     */
    @Transactional
    public ManagementReview holdExtraordinary(long projectId, String username) {
        if (!mayHoldExtraordinary(projectId, username)) {
            throw new AccessDeniedException("Only the project manager holds an extraordinary management review.");
        }
        inProgress(projectId).ifPresent(open -> {
            throw new IllegalStateException("A management review of this project is in progress (inputs gathered on "
                    + Dates.day(open.inputsGatheredAt()) + "): complete it before you hold another.");
        });
        return reviews.findByProcessInstanceId(holdNow(projectId)).orElseThrow();
    }

    @Transactional(readOnly = true)
    public boolean mayHoldExtraordinary(long projectId, String username) {
        return projects.get(projectId).holders(Role.PROJECT_MANAGER).contains(username);
    }

    /** The project's review being prepared or decided, if one is. */
    @Transactional(readOnly = true)
    public Optional<ManagementReview> inProgress(long projectId) {
        return reviews.findByProjectIdOrderByInputsGatheredAtDesc(projectId).stream()
                .filter(review -> !review.isCompleted()).findFirst();
    }

    /** Schedules the project's next review on this day, in place of the one scheduled so far. */
    @Transactional
    public String schedule(long projectId, LocalDate day) {
        scheduled(projectId).forEach(instance -> runtime.deleteProcessInstance(instance.getId(),
                "Rescheduled to " + day));
        Date opens = Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
        return runtime.startProcessInstanceByKey(PROCESS, String.valueOf(projectId),
                Map.of(PROJECT_ID, projectId, SCHEDULED_FOR, opens)).getId();
    }

    /** The day of the project's next scheduled review, if one is scheduled. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> next(long projectId) {
        return scheduled(projectId).stream().findFirst()
                .map(instance -> (Date) runtime.getVariable(instance.getId(), SCHEDULED_FOR))
                .map(opens -> LocalDate.ofInstant(opens.toInstant(), ZoneId.systemDefault()));
    }

    private List<ProcessInstance> scheduled(long projectId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(String.valueOf(projectId)).activityIdIn(TIMER_REVIEW_DUE).list();
    }
}
