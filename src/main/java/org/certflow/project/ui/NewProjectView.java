package org.certflow.project.ui;

import org.certflow.project.InvalidProjectException;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.People;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * The new-project wizard: one form, a preview of the plan it yields, then "Create project". Refused input is
 * marked field by field and kept; nothing is created until everything is right.
 */
@Route("projects/new")
@PageTitle("New project · CertFlow")
@PermitAll
public class NewProjectView extends VerticalLayout {

    private final ProjectService projects;
    private final String username;

    NewProjectView(ProjectService projects, People people, AuthenticationContext auth) {
        this.projects = projects;
        this.username = auth.getPrincipalName().orElseThrow();
        addClassName("new-project-view");
        H2 title = new H2("New certification project");
        title.addClassName("view-title");
        add(title);
        if (!projects.mayCreateProjects(username)) {
            add(new Paragraph("Only project managers create projects. If you should, ask an administrator to "
                    + "add you to the project managers."));
            return;
        }

        NewProjectForm form = new NewProjectForm(people, username);
        PlanPreview preview = new PlanPreview();
        form.onPlanInputChange(() -> preview.show(form.value()));
        preview.show(form.value());

        Button create = new Button("Create project");
        create.setId("create-project");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true); // a double click must not try to create the project twice
        create.addClickListener(e -> {
            create(form);
            create.setEnabled(true);
        });
        Button cancel = new Button("Cancel", e -> UI.getCurrent().navigate(ProjectListView.class));
        add(form, new H3("Plan"), preview, new HorizontalLayout(create, cancel));
    }

    private void create(NewProjectForm form) {
        try {
            Project project = projects.create(form.value(), username);
            Notification.show("Project \"" + project.name() + "\" created; its first phase has started.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(ProjectView.class, ProjectView.parameters(project.id()));
        } catch (InvalidProjectException refused) {
            form.showErrors(refused.fieldErrors());
            Notification.show("Nothing was created: please correct the marked fields.", 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
