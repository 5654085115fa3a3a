package org.certflow.incident.ui;

import java.util.List;

import org.certflow.incident.IncidentList;
import org.certflow.incident.IncidentListRow;
import org.certflow.incident.Incidents;
import org.certflow.project.Project;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * The incidents of the signed-in person's projects (or of one of them, e.g. {@code incidents?project=12}), the
 * latest first: severity, status, age and the deadlines they missed. Anyone may report a new one from here.
 */
@Route("incidents")
@PageTitle("Incidents · CertFlow")
@PermitAll
public class IncidentListView extends VerticalLayout implements BeforeEnterObserver {

    private final ComboBox<Project> project = new ComboBox<>();
    private final Grid<IncidentListRow> grid = new Grid<>();
    private final List<Project> projects;

    IncidentListView(Incidents incidents, IncidentList list, AuthenticationContext auth) {
        String username = auth.getPrincipalName().orElseThrow();
        projects = incidents.projectsOf(username);
        addClassName("incident-list-view");
        setSizeFull();

        H2 title = new H2("Incidents");
        title.addClassName("view-title");
        Button report = new Button("Report incident", VaadinIcon.PLUS.create(), e -> UI.getCurrent()
                .navigate(ReportIncidentView.class, ReportIncidentView.forProject(selectedProjectId())));
        report.setId("new-incident");
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        project.setItems(projects);
        project.setItemLabelGenerator(Project::name);
        project.setPlaceholder("All my projects");
        project.setClearButtonVisible(true);
        project.setAriaLabel("Project");
        project.setWidth("22rem");
        project.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout header = new HorizontalLayout(title, project, report);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(title);

        grid.addColumn(IncidentListRow::summary).setHeader("Incident").setTooltipGenerator(IncidentListRow::summary)
                .setFlexGrow(3);
        grid.addColumn(IncidentListRow::project).setHeader("Project").setFlexGrow(2);
        grid.addComponentColumn(i -> IncidentBadges.severity(i.severity())).setHeader("Severity")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(i -> IncidentBadges.status(i.status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> Dates.moment(i.reportedAt())).setHeader("Reported").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> IncidentAges.age(i.age())).setHeader("Age").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(IncidentListView::deadlines).setHeader("Deadlines").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> list.page(username, selectedProjectId(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) list.count(username, selectedProjectId()));
        grid.setEmptyStateText(projects.isEmpty() ? "You work in no project yet, so there are no incidents to show."
                : "No incidents reported. Report one with \"Report incident\".");
        grid.addItemClickListener(e -> UI.getCurrent().navigate(IncidentView.class,
                IncidentView.parameters(e.getItem().id())));
        grid.setSizeFull();

        add(header, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(ReportIncidentView.PROJECT)
                .flatMap(id -> projects.stream().filter(p -> String.valueOf(p.id()).equals(id)).findFirst())
                .ifPresent(project::setValue);
    }

    private Long selectedProjectId() {
        return project.getValue() == null ? null : project.getValue().id();
    }

    /** The missed deadlines as red badges, or "On time". */
    private static Component deadlines(IncidentListRow incident) {
        if (incident.breaches().isEmpty()) {
            Span onTime = new Span("On time");
            onTime.addClassName("muted");
            return onTime;
        }
        Div row = new Div(incident.breaches().stream().map(IncidentBadges::breach).toArray(Component[]::new));
        row.addClassName("badge-row");
        return row;
    }
}
