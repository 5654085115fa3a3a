package org.certflow.review;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.certflow.certification.DocumentedInformation;
import org.certflow.certification.DocumentedInformationRegister;
import org.certflow.certification.DocumentedInformationRegister.Coverage;
import org.certflow.project.PhaseState;
import org.certflow.project.Project;
import org.certflow.project.ProjectProgress;
import org.certflow.project.ProjectProgress.OverdueTask;
import org.certflow.project.ProjectProgress.PhaseProgress;
import org.certflow.project.ProjectService;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.People;
import org.certflow.shared.ManagementReviewInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clause 9.3.2 d 4: how far the objectives are met. The objectives documented for clause 6.2 (from the register of
 * documented information), and the project's measurable progress: each phase against its plan, the applicable
 * controls implemented per standard, and the tasks overdue.
 */
@Component
class ObjectivesInput implements ManagementReviewInput {

    static final String TITLE = "Fulfilment of objectives and the project's progress";
    static final String OBJECTIVES_CLAUSE = "6.2";
    /** Overdue tasks named one by one; the rest are counted. */
    static final int OVERDUE_NAMED = 5;

    private final ProjectService projects;
    private final ProjectProgress progress;
    private final StatementOfApplicability soa;
    private final DocumentedInformationRegister register;
    private final People people;

    ObjectivesInput(ProjectService projects, ProjectProgress progress, StatementOfApplicability soa,
                    DocumentedInformationRegister register, People people) {
        this.projects = projects;
        this.progress = progress;
        this.soa = soa;
        this.register = register;
        this.people = people;
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    @Transactional
    public List<String> facts(long projectId) {
        Project project = projects.get(projectId);
        register.collect(projectId);
        List<String> facts = new ArrayList<>();
        register.coverage(projectId).stream().filter(c -> c.document().clause().equals(OBJECTIVES_CLAUSE))
                .map(this::objectives).forEach(facts::add);
        progress.phases(project).stream().map(ObjectivesInput::phase).forEach(facts::add);
        soa.summary(projectId).forEach((standard, summary) -> facts.add(standard.title() + ": "
                + (summary.applicable() == 0 ? "no control decided applicable yet (" + summary.decided() + " of "
                        + summary.controls() + " decided)"
                        : summary.implemented() + " of " + summary.applicable() + " applicable controls implemented ("
                                + Math.round(100.0 * summary.implemented() / summary.applicable()) + " %)") + "."));
        facts.add(overdue(progress.overdueTasks(projectId)));
        return facts;
    }

    /** E.g. "AI objectives (6.2): AIMS/AI policy (objectives section), version 2.0, approved by Eva Eriksen on ...". */
    private String objectives(Coverage coverage) {
        String title = coverage.document().title() + " (" + OBJECTIVES_CLAUSE + "): ";
        DocumentedInformation entry = coverage.entry();
        if (entry == null) {
            return title + "not in the register of documented information yet.";
        }
        return title + entry.reference() + (entry.documentVersion() == null ? "" : ", version "
                + entry.documentVersion()) + (entry.isApproved() ? ", approved by "
                + people.displayName(entry.approvedBy()) + " on " + ReviewFormat.day(entry.approvedOn())
                : ", not approved yet") + ".";
    }

    /** E.g. "Control implementation: planned 4 May 2026 to 27 Jul 2026; running: 12 tasks done, 30 open, 2 overdue." */
    private static String phase(PhaseProgress phase) {
        String planned = phase.plan().phase().label() + ": planned " + ReviewFormat.day(phase.plan().plannedStart())
                + " to " + ReviewFormat.day(phase.plan().plannedDue()) + "; ";
        ProjectProgress.TaskCounts tasks = phase.tasks();
        String counts = tasks.done() + " tasks done, " + tasks.open() + " open, " + tasks.overdue() + " overdue";
        return planned + switch (phase.state()) {
            case DONE -> "done on " + ReviewFormat.day(phase.plan().actualEnd()) + ".";
            case RUNNING -> "running: " + counts + ".";
            case LATE -> "late, not finished by its planned end" + (phase.plan().actualStart() == null ? "."
                    : ": " + counts + ".");
            case NOT_STARTED -> PhaseState.NOT_STARTED.label().toLowerCase() + ".";
        };
    }

    private String overdue(List<OverdueTask> overdue) {
        if (overdue.isEmpty()) {
            return "No task is overdue.";
        }
        String named = overdue.stream().limit(OVERDUE_NAMED).map(task -> task.name() + " (due "
                + ReviewFormat.day(task.due()) + ", " + (task.assignee() == null ? "not claimed"
                : people.displayName(task.assignee())) + ")").collect(Collectors.joining(", "));
        int more = overdue.size() - OVERDUE_NAMED;
        return overdue.size() + (overdue.size() == 1 ? " task overdue: " : " tasks overdue: ") + named
                + (more > 0 ? " and " + more + " more." : ".");
    }
}
