package org.certflow.project;

import static org.certflow.shared.Dates.day;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.certflow.project.ProjectProgress.OverdueTask;
import org.certflow.project.ProjectProgress.PhaseProgress;
import org.certflow.security.People;
import org.certflow.shared.ManagementReviewInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clause 9.3.2 d 4: how far the objectives are met, measured by the project: each phase against its plan, the
 * applicable controls implemented per standard, and the tasks overdue. (The objectives documented for clause 6.2
 * are an input of the register of documented information.)
 */
@Component
class ObjectivesInput implements ManagementReviewInput {

    /** Overdue tasks named one by one; the rest are counted. */
    static final int OVERDUE_NAMED = 5;

    private final ProjectService projects;
    private final ProjectProgress progress;
    private final StatementOfApplicability soa;
    private final People people;

    ObjectivesInput(ProjectService projects, ProjectProgress progress, StatementOfApplicability soa, People people) {
        this.projects = projects;
        this.progress = progress;
        this.soa = soa;
        this.people = people;
    }

    @Override
    public String title() {
        return "Fulfilment of objectives: the project's progress";
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> facts(long projectId) {
        List<String> facts = new ArrayList<>();
        progress.phases(projects.get(projectId)).stream().map(ObjectivesInput::phase).forEach(facts::add);
        soa.summary(projectId).forEach((standard, summary) -> facts.add(standard.title() + ": "
                + (summary.applicable() == 0 ? "no control decided applicable yet (" + summary.decided() + " of "
                        + summary.controls() + " decided)"
                        : summary.implemented() + " of " + summary.applicable() + " applicable controls implemented ("
                                + Math.round(100.0 * summary.implemented() / summary.applicable()) + " %)") + "."));
        facts.add(overdue(progress.overdueTasks(projectId)));
        return facts;
    }

    /** E.g. "Control implementation: planned 4 May 2026 to 27 Jul 2026; running: 12 tasks done, 30 open, 2 overdue." */
    private static String phase(PhaseProgress phase) {
        String planned = phase.plan().phase().label() + ": planned " + day(phase.plan().plannedStart()) + " to "
                + day(phase.plan().plannedDue()) + "; ";
        ProjectProgress.TaskCounts tasks = phase.tasks();
        String counts = tasks.done() + " tasks done, " + tasks.open() + " open, " + tasks.overdue() + " overdue";
        return planned + switch (phase.state()) {
            case DONE -> "done on " + day(phase.plan().actualEnd()) + ".";
            case RUNNING -> "running: " + counts + ".";
            case LATE -> "late, not finished by its planned end" + (phase.plan().actualStart() == null ? "."
                    : ": " + counts + ".");
            case NOT_STARTED -> "not started.";
        };
    }

    private String overdue(List<OverdueTask> overdue) {
        if (overdue.isEmpty()) {
            return "No task is overdue.";
        }
        String named = overdue.stream().limit(OVERDUE_NAMED).map(task -> task.name() + " (due " + day(task.due())
                + ", " + (task.assignee() == null ? "not claimed" : people.displayName(task.assignee())) + ")")
                .collect(Collectors.joining(", "));
        int more = overdue.size() - OVERDUE_NAMED;
        return overdue.size() + (overdue.size() == 1 ? " task overdue: " : " tasks overdue: ") + named
                + (more > 0 ? " and " + more + " more." : ".");
    }
}
