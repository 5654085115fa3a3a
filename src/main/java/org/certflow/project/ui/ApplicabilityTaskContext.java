package org.certflow.project.ui;

import java.util.Optional;

import org.certflow.catalog.Catalog;
import org.certflow.project.ProjectService;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.People;
import org.certflow.shared.ui.TaskContextProvider;
import org.certflow.shared.ui.TaskRef;
import org.springframework.stereotype.Component;

/** Puts the SoA editor on the page of the applicability assessment task. */
@Component
class ApplicabilityTaskContext implements TaskContextProvider {

    static final String TASK = "Task_AssessApplicability";

    private final ProjectService projects;
    private final StatementOfApplicability soa;
    private final Catalog catalog;
    private final People people;

    ApplicabilityTaskContext(ProjectService projects, StatementOfApplicability soa, Catalog catalog, People people) {
        this.projects = projects;
        this.soa = soa;
        this.catalog = catalog;
        this.people = people;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> contextFor(TaskRef task) {
        if (!TASK.equals(task.taskDefinitionKey())) {
            return Optional.empty();
        }
        return Optional.of(new SoaEditor(projects.get(task.projectId()), soa, catalog, people));
    }
}
