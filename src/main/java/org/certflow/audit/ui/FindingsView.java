package org.certflow.audit.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.certflow.audit.FindingFilter;
import org.certflow.audit.FindingGrade;
import org.certflow.audit.Findings;
import org.certflow.audit.Requirement;
import org.certflow.audit.Requirements;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.People;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * The findings of a project's audits with their corrective actions: grade, owner, status, due date, overdue ones
 * marked; filtered by open or overdue and by grade. A row opens what was done about the finding.
 */
@Route("audits/:projectId([0-9]{1,18})/findings")
@PageTitle("Findings · CertFlow")
@PermitAll
public class FindingsView extends VerticalLayout implements BeforeEnterObserver {

    private final ProjectService projects;
    private final Findings findings;
    private final Requirements requirements;
    private final People people;
    private final String username;

    FindingsView(ProjectService projects, Findings findings, Requirements requirements, People people,
                 AuthenticationContext auth) {
        this.projects = projects;
        this.findings = findings;
        this.requirements = requirements;
        this.people = people;
        this.username = auth.getPrincipalName().orElseThrow();
        addClassName("findings-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<Project> visible = projects.visibleTo(username);
        Optional<Project> project = event.getRouteParameters().get(AuditProgrammeView.PROJECT_ID).map(Long::valueOf)
                .flatMap(id -> visible.stream().filter(p -> p.id().equals(id)).findFirst());
        if (project.isEmpty()) {
            add(new H2("Findings"), new Paragraph("There is no such project, or you are not one of its members."));
            return;
        }
        show(project.get(), visible);
    }

    private void show(Project project, List<Project> visible) {
        H2 title = new H2("Findings and corrective actions");
        title.addClassName("view-title");
        ProjectChooser chooser = new ProjectChooser(visible, project, p -> UI.getCurrent()
                .navigate(FindingsView.class, AuditProgrammeView.parameters(p.id())));
        RouterLink programmeLink = new RouterLink("Audit programme", AuditProgrammeView.class,
                AuditProgrammeView.parameters(project.id()));
        Select<FindingFilter.Scope> scope = new Select<>();
        scope.setLabel("Show");
        scope.setId("findings-scope");
        scope.setItems(FindingFilter.Scope.values());
        scope.setItemLabelGenerator(FindingFilter.Scope::label);
        scope.setValue(FindingFilter.Scope.ALL);
        Select<FindingGrade> grade = new Select<>();
        grade.setLabel("Grade");
        grade.setItems(FindingGrade.values());
        grade.setItemLabelGenerator(g -> g == null ? "All grades" : g.label());
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption("All grades");

        Map<String, String> references = requirements.all(project).values().stream()
                .collect(Collectors.toMap(Requirement::key, Requirement::reference));
        FindingsGrid grid = new FindingsGrid(() -> findings.of(project.id(),
                new FindingFilter(scope.getValue(), grade.getValue())), key -> references.getOrDefault(key, key),
                people);
        grid.setEmptyStateText("No findings here. Auditors record them while they carry out an audit.");
        scope.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grade.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setSizeFull();

        HorizontalLayout header = new HorizontalLayout(title, chooser, programmeLink);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(title);
        HorizontalLayout filters = new HorizontalLayout(scope, grade);
        add(header, filters, grid);
        setFlexGrow(1, grid);
    }
}
