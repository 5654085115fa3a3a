package org.certflow.project.ui;

import org.certflow.project.Phase;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** The projects the signed-in person works in (all of them for an administrator). */
@Route("projects")
@PageTitle("Projects · CertFlow")
@PermitAll
public class ProjectListView extends VerticalLayout {

    ProjectListView(ProjectService projects, AuthenticationContext auth) {
        String username = auth.getPrincipalName().orElseThrow();
        boolean mayCreate = projects.mayCreateProjects(username);
        addClassName("project-list-view");
        setSizeFull();

        H2 title = new H2("Projects");
        title.addClassName("view-title");
        Button create = new Button("New project", VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate(NewProjectView.class));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(mayCreate);
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(title);

        Grid<Project> grid = new Grid<>();
        grid.addComponentColumn(p -> new RouterLink(p.name(), ProjectView.class, ProjectView.parameters(p.id())))
                .setHeader("Name").setFlexGrow(2);
        grid.addColumn(Project::organisation).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(p -> p.standards().label()).setHeader("Standards").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.currentPhase().map(plan -> plan.phase().label()).orElse(Dates.NONE))
                .setHeader("Current phase").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> ProjectBadges.status(p.status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> Dates.day(p.phase(Phase.AUDIT_AND_CERTIFICATION).plannedDue()))
                .setHeader("Planned end").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> projects.visibleTo(username).stream().skip(query.getOffset())
                .limit(query.getLimit()));
        grid.setEmptyStateText(mayCreate ? "No projects yet: start one with \"New project\"."
                : "You are not a member of any project yet. A project manager names the people of a project.");
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ProjectView.class,
                ProjectView.parameters(e.getItem().id())));
        grid.setSizeFull();

        add(header, grid);
        setFlexGrow(1, grid);
    }
}
