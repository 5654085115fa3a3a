package org.certflow.audit.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.certflow.audit.AuditProgramme;
import org.certflow.audit.Findings;
import org.certflow.audit.Requirements;
import org.certflow.audit.process.CorrectiveActions;
import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.shared.ui.TaskContextProvider;
import org.certflow.shared.ui.TaskRef;
import org.springframework.stereotype.Component;

/**
 * The finding on each task of its corrective action (root cause, plan, implementation, effectiveness check), for
 * internal audit findings; the feature that owns findings of another source shows its own.
 */
@Component
class CorrectiveActionContext implements TaskContextProvider {

    private static final Set<String> TASKS = Set.of("Task_AnalyseRootCause", "Task_PlanCorrectiveAction",
            "Task_ImplementCorrectiveAction", "Task_CheckEffectiveness");

    private final CorrectiveActions correctiveActions;
    private final Findings findings;
    private final AuditProgramme programme;
    private final ProjectService projects;
    private final Requirements requirements;
    private final People people;

    CorrectiveActionContext(CorrectiveActions correctiveActions, Findings findings, AuditProgramme programme,
                            ProjectService projects, Requirements requirements, People people) {
        this.correctiveActions = correctiveActions;
        this.findings = findings;
        this.programme = programme;
        this.projects = projects;
        this.requirements = requirements;
        this.people = people;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> contextFor(TaskRef task) {
        if (!TASKS.contains(task.taskDefinitionKey())) {
            return Optional.empty();
        }
        return correctiveActions.internalAuditFindingOf(task.taskId()).flatMap(findings::find).map(finding ->
                new FindingCard(finding, programme.get(finding.auditId()), requirements.resolve(
                        projects.get(finding.projectId()), List.of(finding.requirement())).get(0), people));
    }
}
