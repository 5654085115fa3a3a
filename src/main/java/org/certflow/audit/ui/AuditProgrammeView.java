package org.certflow.audit.ui;

import java.util.List;
import java.util.Optional;

import org.certflow.audit.Audit;
import org.certflow.audit.AuditProgramme;
import org.certflow.audit.AuditResult;
import org.certflow.audit.Findings;
import org.certflow.audit.Requirements;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * A project's internal audit programme: what the completed audits cover, every audit with its day, auditor, status
 * and progress, and (for its project manager) "Plan audit". Without a project in the address, the user's first.
 */
@Route("audits/:projectId?([0-9]{1,18})")
@PageTitle("Audits · CertFlow")
@PermitAll
public class AuditProgrammeView extends VerticalLayout implements BeforeEnterObserver {

    static final String PROJECT_ID = "projectId";

    private final ProjectService projects;
    private final AuditProgramme programme;
    private final Findings findings;
    private final Requirements requirements;
    private final People people;
    private final String username;

    AuditProgrammeView(ProjectService projects, AuditProgramme programme, Findings findings,
                       Requirements requirements, People people, AuthenticationContext auth) {
        this.projects = projects;
        this.programme = programme;
        this.findings = findings;
        this.requirements = requirements;
        this.people = people;
        this.username = auth.getPrincipalName().orElseThrow();
        addClassName("audit-programme-view");
    }

    static RouteParameters parameters(long projectId) {
        return new RouteParameters(PROJECT_ID, String.valueOf(projectId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<Project> visible = projects.visibleTo(username);
        Optional<Project> project = event.getRouteParameters().get(PROJECT_ID).map(Long::valueOf)
                .flatMap(id -> visible.stream().filter(p -> p.id().equals(id)).findFirst())
                .or(() -> visible.stream().findFirst());
        if (project.isEmpty()) {
            add(new H2("Audits"), new Paragraph("You are not a member of any project, so there are no audits to "
                    + "show. A project's manager names its members."));
            return;
        }
        show(project.get(), visible);
    }

    private void show(Project project, List<Project> visible) {
        H2 title = new H2("Audit programme");
        title.addClassName("view-title");
        ProjectChooser chooser = new ProjectChooser(visible, project,
                p -> UI.getCurrent().navigate(AuditProgrammeView.class, parameters(p.id())));
        RouterLink findingsLink = new RouterLink("Findings and corrective actions", FindingsView.class,
                parameters(project.id()));
        Grid<Audit> audits = auditGrid(project);
        Button plan = new Button("Plan audit", VaadinIcon.PLUS.create(), e -> new PlanAuditDialog(project,
                requirements, programme, people, username, () -> audits.getDataProvider().refreshAll()).open());
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.setVisible(programme.mayPlan(project.id(), username));
        HorizontalLayout header = new HorizontalLayout(title, chooser, findingsLink, plan);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(title);
        add(header, new ProgrammeSummary(project.id(), programme, findings), audits);
        setFlexGrow(1, audits);
        setSizeFull();
    }

    private Grid<Audit> auditGrid(Project project) {
        Grid<Audit> grid = new Grid<>();
        grid.addComponentColumn(a -> new RouterLink(a.title(), AuditView.class, AuditView.parameters(a.id())))
                .setHeader("Audit").setFlexGrow(3);
        grid.addColumn(a -> Dates.day(a.plannedDate())).setHeader("Planned").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> people.displayName(a.auditor())).setHeader("Auditor").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> AuditBadges.status(a.status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> a.results().stream().filter(AuditResult::isRecorded).count() + " of "
                + a.results().size()).setHeader("Results recorded").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> findings.ofAudit(a.id()).size()).setHeader("Findings").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> Dates.day(a.completedAt())).setHeader("Completed").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> programme.audits(project.id()).stream().skip(query.getOffset())
                .limit(query.getLimit()));
        grid.setEmptyStateText("No audit planned yet. The project manager plans the audits: scope, day and an "
                + "auditor who does not audit their own work.");
        grid.setWidthFull();
        return grid;
    }
}
