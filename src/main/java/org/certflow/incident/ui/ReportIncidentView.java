package org.certflow.incident.ui;

import java.util.List;

import org.certflow.incident.Incident;
import org.certflow.incident.Incidents;
import org.certflow.incident.InvalidIncidentException;
import org.certflow.project.Project;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * Reporting an incident, open to everyone who works in a project. Refused input is marked field by field and
 * kept; nothing is stored until everything is right. {@code ?project=12} chooses the project beforehand.
 */
@Route("incidents/report")
@PageTitle("Report incident · CertFlow")
@PermitAll
public class ReportIncidentView extends VerticalLayout implements BeforeEnterObserver {

    static final String PROJECT = "project";

    private final Incidents incidents;
    private final String username;

    ReportIncidentView(Incidents incidents, AuthenticationContext auth) {
        this.incidents = incidents;
        this.username = auth.getPrincipalName().orElseThrow();
        addClassName("report-incident-view");
    }

    static QueryParameters forProject(Long projectId) {
        return projectId == null ? QueryParameters.empty()
                : QueryParameters.of(PROJECT, String.valueOf(projectId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H2 title = new H2("Report an incident");
        title.addClassName("view-title");
        add(title);
        List<Project> projects = incidents.projectsOf(username);
        if (projects.isEmpty()) {
            Paragraph noProject = new Paragraph("You cannot report an incident here: incidents are reported in a "
                    + "certification project, and you are not named in any project yet. If something has happened, "
                    + "tell the project manager or the incident manager of the project it concerns now, so that "
                    + "they report it.");
            noProject.setId("no-project-to-report");
            add(noProject);
            return;
        }
        Project preselected = event.getLocation().getQueryParameters().getSingleParameter(PROJECT)
                .flatMap(id -> projects.stream().filter(p -> String.valueOf(p.id()).equals(id)).findFirst())
                .orElse(null);
        add(new Paragraph("Anything that harmed, or could have harmed, information, systems or people: report it "
                + "now, even if you are unsure. The project's incident manager triages it at once."));
        ReportIncidentForm form = new ReportIncidentForm(projects, preselected);

        Button report = new Button("Report incident");
        report.setId("report-incident");
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        report.setDisableOnClick(true); // a double click must not report the incident twice
        report.addClickListener(e -> {
            report(form);
            report.setEnabled(true);
        });
        Button cancel = new Button("Cancel", e -> UI.getCurrent().navigate(IncidentListView.class));
        add(form, new HorizontalLayout(report, cancel));
    }

    private void report(ReportIncidentForm form) {
        try {
            Incident incident = incidents.report(form.value(), username);
            Notification.show("Incident reported; the incident manager triages it now.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(IncidentView.class, IncidentView.parameters(incident.id()));
        } catch (InvalidIncidentException refused) {
            form.showErrors(refused.fieldErrors());
            Notification.show("Nothing was reported: please correct the marked fields.", 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
