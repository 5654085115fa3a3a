package org.certflow.audit.ui;

import java.util.List;
import java.util.function.Consumer;

import org.certflow.project.Project;

import com.vaadin.flow.component.select.Select;

/** Picks which of the user's projects an audit page shows; choosing one calls {@code onChoice}. */
class ProjectChooser extends Select<Project> {

    ProjectChooser(List<Project> projects, Project current, Consumer<Project> onChoice) {
        setAriaLabel("Project");
        setItems(projects);
        setItemLabelGenerator(Project::name);
        setValue(current);
        setMinWidth("20rem");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onChoice.accept(e.getValue());
            }
        });
    }
}
