package org.certflow.project.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.certflow.catalog.Catalog;
import org.certflow.project.Decisions;
import org.certflow.project.Project;
import org.certflow.project.ProjectProgress;
import org.certflow.project.ProjectService;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.People;
import org.certflow.shared.ui.ProjectDashboardCard;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * A project's dashboard for its members (and administrators): plan against reality, controls per standard,
 * the features' headline figures (risks, incidents, audits, reviews, certification), overdue work, people, decisions
 * and the Statement of Applicability, with links to the features' pages about the project
 * ({@link ProjectDashboardCard}). Anyone else learns only that there is no such project for them.
 */
@Route("projects/:projectId")
@PermitAll
public class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PROJECT_ID = "projectId";

    private final ProjectService projects;
    private final ProjectProgress progress;
    private final StatementOfApplicability soa;
    private final Decisions decisions;
    private final Catalog catalog;
    private final People people;
    private final List<ProjectDashboardCard> cards;
    private final String username;
    private String title = "Project · CertFlow";

    ProjectView(ProjectService projects, ProjectProgress progress, StatementOfApplicability soa,
                Decisions decisions, Catalog catalog, People people, List<ProjectDashboardCard> cards,
                AuthenticationContext auth) {
        this.projects = projects;
        this.progress = progress;
        this.soa = soa;
        this.decisions = decisions;
        this.catalog = catalog;
        this.people = people;
        this.cards = cards.stream().sorted(Comparator.comparingInt(ProjectDashboardCard::position)).toList();
        this.username = auth.getPrincipalName().orElseThrow();
        addClassName("project-view");
    }

    static RouteParameters parameters(long projectId) {
        return new RouteParameters(PROJECT_ID, String.valueOf(projectId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        event.getRouteParameters().get(PROJECT_ID).flatMap(this::visibleProject)
                .ifPresentOrElse(this::show, this::notFound);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The project, if the id is one and the user is a member or an administrator. */
    private Optional<Project> visibleProject(String id) {
        if (!id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long projectId = Long.parseLong(id);
        return projects.visibleTo(username).stream().filter(p -> p.id() == projectId).findFirst();
    }

    private void show(Project project) {
        title = project.name() + " · CertFlow";
        VerticalLayout overview = new VerticalLayout(new H3("Phases"),
                new PhaseTimeline(progress.phases(project)), new H3("Controls"),
                new ControlProgress(soa.summary(project.id())), new H3("Risks, incidents, audits and certification"),
                new DashboardCards(project.id(), cards), new H3("Overdue tasks"),
                new OverdueTasks(progress.overdueTasks(project.id()), people));
        overview.setPadding(false);
        SoaGrid statement = new SoaGrid(project.standards().standards(), catalog, people);
        statement.setLines(soa.lines(project.id()));

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Overview", overview);
        tabs.add("Statement of Applicability", statement);
        tabs.add("People", new ProjectPeople(project, people));
        tabs.add("Decisions", new DecisionsGrid(decisions.of(project.id()), people));
        add(new ProjectHeader(project), new ProjectPageLinks(project.id(), cards), tabs);
    }

    private void notFound() {
        title = "Project not found · CertFlow";
        add(new H2("Project not found"), new Paragraph("There is no such project, or you are not one of its "
                + "members. A project's manager names its members."));
    }
}
