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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each project's schedule of management reviews. A scheduled review is a ManagementReviewProcess instance waiting
 * at its timer until its day, so the schedule is per project and visible in Cockpit; a project has at most one
 * scheduled review, the one its last review decided.
 */
@Service
public class ReviewSchedule {

    private final RuntimeService runtime;

    ReviewSchedule(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Opens a review now (e.g. an extraordinary one); a scheduled review stays scheduled. */
    @Transactional
    public String holdNow(long projectId) {
        return runtime.startProcessInstanceByKey(PROCESS, String.valueOf(projectId), Map.of(PROJECT_ID, projectId))
                .getId();
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
