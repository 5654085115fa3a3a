package org.certflow.risk.ui;

import java.util.List;
import java.util.Optional;

import org.certflow.catalog.Standard;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * The risks of one of the user's projects: the register with its heat maps, the AI systems and their impact
 * assessments (ISO 42001 projects), and the risk criteria. Without a project in the address, the first of the
 * user's projects.
 */
@Route("risks/:projectId?")
@PermitAll
public class RiskRegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PROJECT_ID = "projectId";

    private final ProjectService projects;
    private final RiskPageServices services;
    private final String username;
    private String title = "Risks · CertFlow";

    RiskRegisterView(ProjectService projects, RiskPageServices services, AuthenticationContext auth) {
        this.projects = projects;
        this.services = services;
        this.username = auth.getPrincipalName().orElseThrow();
        addClassName("risk-register-view");
        setSizeFull();
    }

    static RouteParameters parameters(long projectId) {
        return new RouteParameters(PROJECT_ID, String.valueOf(projectId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<Project> visible = projects.visibleTo(username);
        Optional<String> id = event.getRouteParameters().get(PROJECT_ID);
        if (id.isEmpty() && !visible.isEmpty()) {
            event.forwardTo(RiskRegisterView.class, parameters(visible.get(0).id()));
            return;
        }
        id.flatMap(value -> visible.stream().filter(p -> String.valueOf(p.id()).equals(value)).findFirst())
                .ifPresentOrElse(project -> show(project, visible), this::notFound);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Project project, List<Project> visible) {
        title = "Risks · " + project.name() + " · CertFlow";
        H2 heading = new H2("Risks");
        heading.addClassName("view-title");
        Select<Project> chooser = new Select<>();
        chooser.setItems(visible);
        chooser.setItemLabelGenerator(Project::name);
        chooser.setValue(project);
        chooser.setAriaLabel("Project");
        chooser.setWidth("min(28rem, 60vw)");
        chooser.addValueChangeListener(e -> UI.getCurrent().navigate(RiskRegisterView.class,
                parameters(e.getValue().id())));
        HorizontalLayout header = new HorizontalLayout(heading, chooser);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.expand(heading);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Risk register", new RiskRegisterPanel(services, project, username));
        boolean includesAi = project.includes(Standard.ISO42001);
        if (includesAi) {
            tabs.add("AI systems and impact assessments", new AiSystemsPanel(services, project.id(), username));
        }
        tabs.add("Risk criteria", new RiskSettingsForm(services.settings(), services.people(), project.id(), includesAi,
                username));
        add(header, tabs);
        setFlexGrow(1, tabs);
    }

    private void notFound() {
        title = "Risks · CertFlow";
        add(new H2("No project to show"), new Paragraph("There is no such project, or you are not one of its "
                + "members. A project's manager names its members."));
    }
}
