package org.certflow.review;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads management reviews and their decisions: for the pages, the inputs of the next review and the minutes. */
@Service
public class ManagementReviews {

    private final ManagementReviewRepository reviews;
    private final ReviewDecisionRepository decisions;
    private final ProjectService projects;
    private final TaskService tasks;

    ManagementReviews(ManagementReviewRepository reviews, ReviewDecisionRepository decisions,
                      ProjectService projects, TaskService tasks) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.projects = projects;
        this.tasks = tasks;
    }

    @Transactional(readOnly = true)
    public Optional<ManagementReview> find(long reviewId) {
        return reviews.findById(reviewId);
    }

    /** The review a task of ManagementReviewProcess works on; empty for any other task. */
    @Transactional(readOnly = true)
    public Optional<ManagementReview> ofTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? Optional.empty() : ofProcessInstance(task.getProcessInstanceId());
    }

    /** The review a ManagementReviewProcess instance works on, once it has gathered its inputs. */
    @Transactional(readOnly = true)
    public Optional<ManagementReview> ofProcessInstance(String processInstanceId) {
        return reviews.findByProcessInstanceId(processInstanceId);
    }

    /** The project's reviews, newest first. */
    @Transactional(readOnly = true)
    public List<ManagementReview> ofProject(long projectId) {
        return reviews.findByProjectIdOrderByInputsGatheredAtDesc(projectId);
    }

    @Transactional(readOnly = true)
    public Optional<ManagementReview> latestCompleted(long projectId) {
        return ofProject(projectId).stream().filter(ManagementReview::isCompleted).findFirst();
    }

    /** When the project's last review was approved, and by whom: "since the last review" counts from then. */
    @Transactional(readOnly = true)
    public Optional<Approval> lastApproval(long projectId) {
        return latestCompleted(projectId).flatMap(ManagementReview::approval);
    }

    /** The review's decisions in the order the executive recorded them. */
    @Transactional(readOnly = true)
    public List<ReviewDecision> decisions(long reviewId) {
        return decisions.findByManagementReviewOrderById(reviewId);
    }

    /** The actions decided in the project's completed reviews, by due date. */
    @Transactional(readOnly = true)
    public List<ReviewDecision> actionsOfCompletedReviews(long projectId) {
        List<Long> completed = ofProject(projectId).stream().filter(ManagementReview::isCompleted)
                .map(ManagementReview::id).toList();
        return decisions.findByProjectIdOrderByActionDueAscIdAsc(projectId).stream()
                .filter(d -> completed.contains(d.managementReviewId())).toList();
    }

    /** How many reviews the user may see: of one project, or of all the projects they work in when null. */
    @Transactional(readOnly = true)
    public long count(String username, Long projectId) {
        List<Long> projectIds = projectIds(username, projectId);
        return projectIds.isEmpty() ? 0 : reviews.countByProjectIdIn(projectIds);
    }

    /** A review in a list, with how many decisions it has. */
    public record Listed(ManagementReview review, int decisions) {
    }

    /** A page of those reviews, newest first, with their decisions counted in one query for the whole page. */
    @Transactional(readOnly = true)
    public List<Listed> page(String username, Long projectId, int offset, int limit) {
        List<Long> projectIds = projectIds(username, projectId);
        if (projectIds.isEmpty()) {
            return List.of();
        }
        List<ManagementReview> page = reviews.findByProjectIdInOrderByInputsGatheredAtDesc(projectIds,
                PageRequest.of(offset / limit, limit));
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = decisions.findByManagementReviewIn(page.stream().map(ManagementReview::id).toList())
                .stream().collect(Collectors.groupingBy(ReviewDecision::managementReviewId, Collectors.counting()));
        return page.stream().map(review -> new Listed(review, counts.getOrDefault(review.id(), 0L).intValue()))
                .toList();
    }

    /** The projects whose reviews the user may see: those they work in (all for an administrator). */
    @Transactional(readOnly = true)
    public List<Project> projectsOf(String username) {
        return projects.visibleTo(username).stream().sorted(Comparator.comparing(Project::name)).toList();
    }

    @Transactional(readOnly = true)
    public boolean maySee(String username, ManagementReview review) {
        return projectsOf(username).stream().anyMatch(p -> p.id() == review.projectId());
    }

    private List<Long> projectIds(String username, Long projectId) {
        return projectsOf(username).stream().map(Project::id).filter(id -> projectId == null || id.equals(projectId))
                .toList();
    }
}
