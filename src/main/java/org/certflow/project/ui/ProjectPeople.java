package org.certflow.project.ui;

import java.util.stream.Collectors;

import org.certflow.project.Project;
import org.certflow.security.People;
import org.certflow.security.Role;

import com.vaadin.flow.component.grid.Grid;

/** Who holds each role the project needs. */
class ProjectPeople extends Grid<Role> {

    ProjectPeople(Project project, People people) {
        addColumn(Role::label).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        addColumn(role -> project.holders(role).stream().map(people::displayName).collect(Collectors.joining(", ")))
                .setHeader("People").setFlexGrow(1);
        setAllRowsVisible(true);
        setItems(project.standards().requiredRoles());
    }
}
