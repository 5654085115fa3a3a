package org.certflow.project;

import static org.certflow.project.process.ProcessVariables.APPROVE;
import static org.certflow.shared.Dates.day;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a management review reports changes against (clause 9.3.2 b): the approval of the project's last management
 * review; for the first review, the approval of the gap analysis, whose scope and context it starts from; before
 * that, the project's start. Read from the project's decisions, so each feature's review input asks the same.
 */
@Service
public class ReviewPeriod {

    static final String REVIEW_DECISION_TASK = "Task_DecideManagementReview";
    static final String GAP_ANALYSIS_GATE = "Task_ApproveGapAnalysis";

    private final Decisions decisions;
    private final ProjectService projects;

    ReviewPeriod(Decisions decisions, ProjectService projects) {
        this.decisions = decisions;
        this.projects = projects;
    }

    /** Since when changes count, and how the minutes name that moment. */
    public record Start(Instant at, Kind kind, String description) {

        /** E.g. "since the management review approved on 4 Jan 2027". */
        public String since() {
            return "since " + description;
        }
    }

    public enum Kind {
        LAST_REVIEW, GAP_ANALYSIS, PROJECT_START
    }

    @Transactional(readOnly = true)
    public Start start(long projectId) {
        List<Decision> approvals = decisions.of(projectId).stream().filter(d -> APPROVE.equals(d.outcome())).toList();
        return latest(approvals, REVIEW_DECISION_TASK)
                .map(at -> new Start(at, Kind.LAST_REVIEW, "the management review approved on " + day(at)))
                .or(() -> latest(approvals, GAP_ANALYSIS_GATE)
                        .map(at -> new Start(at, Kind.GAP_ANALYSIS, "the gap analysis approved on " + day(at))))
                .orElseGet(() -> {
                    Instant created = projects.get(projectId).createdAt();
                    return new Start(created, Kind.PROJECT_START, "the project started on " + day(created));
                });
    }

    private static Optional<Instant> latest(List<Decision> approvals, String taskId) {
        return approvals.stream().filter(d -> d.taskId().equals(taskId)).map(Decision::decidedAt)
                .max(Comparator.naturalOrder());
    }
}
