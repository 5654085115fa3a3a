package org.certflow.incident.ui;

import java.time.Instant;
import java.util.Optional;

import org.certflow.incident.IncidentActions;
import org.certflow.incident.Incident;
import org.certflow.incident.IncidentList;
import org.certflow.incident.Incidents;
import org.certflow.project.Project;
import org.certflow.security.People;
import org.certflow.shared.EngineClock;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * One incident for the people of its project: the report, what its handling found, the corrective actions and
 * the timeline. Anyone else learns only that there is no such incident for them.
 */
@Route("incidents/:incidentId([0-9]{1,18})")
@PermitAll
public class IncidentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String INCIDENT_ID = "incidentId";

    private final Incidents incidents;
    private final IncidentActions actions;
    private final IncidentList list;
    private final People people;
    private final String username;
    private String title = "Incident · CertFlow";

    IncidentView(Incidents incidents, IncidentActions actions, IncidentList list, People people,
                 AuthenticationContext auth) {
        this.incidents = incidents;
        this.actions = actions;
        this.list = list;
        this.people = people;
        this.username = auth.getPrincipalName().orElseThrow();
        addClassName("incident-view");
    }

    static RouteParameters parameters(long incidentId) {
        return new RouteParameters(INCIDENT_ID, String.valueOf(incidentId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        event.getRouteParameters().get(INCIDENT_ID).map(Long::valueOf)
                .flatMap(id -> incidents.find(id, username)).ifPresentOrElse(this::show, this::notFound);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Incident incident) {
        title = incident.summary() + " · CertFlow";
        Instant now = EngineClock.now();
        String projectName = incidents.projectsOf(username).stream().filter(p -> p.id() == incident.projectId())
                .map(Project::name).findFirst().orElse("");
        H2 summary = new H2(incident.summary());
        summary.addClassName("view-title");
        Div badges = new Div(IncidentBadges.severity(incident.severity()), IncidentBadges.status(incident.status()));
        list.breaches(incident).forEach(breach -> badges.add(IncidentBadges.breach(breach)));
        badges.addClassName("badge-row");
        add(new RouterLink("All incidents", IncidentListView.class), summary, badges,
                new IncidentFacts(incident, projectName, people, now), text(incident.description()));

        section("Severity set at triage", Optional.ofNullable(incident.severityReason()));
        section("Containment", Optional.ofNullable(incident.containment()));
        section("The AI system's part", Optional.ofNullable(incident.aiAssessment()));
        section("Notification of interested parties", Optional.ofNullable(incident.notification()));
        section("Root cause", Optional.ofNullable(incident.rootCause()));
        CorrectiveActionsGrid grid = new CorrectiveActionsGrid(people);
        grid.show(actions.of(incident.id()));
        add(new H3("Corrective actions"), grid);
        section("Lessons learned", Optional.ofNullable(incident.lessonsLearned()));
        add(new H3("Timeline"), new IncidentTimeline(incident, people));
    }

    private void section(String heading, Optional<String> content) {
        content.ifPresent(text -> add(new H3(heading), text(text)));
    }

    private static Paragraph text(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("incident-text");
        return paragraph;
    }

    private void notFound() {
        title = "Incident not found · CertFlow";
        add(new H2("Incident not found"), new Paragraph("There is no such incident, or it belongs to a project "
                + "you do not work in."), new RouterLink("All incidents", IncidentListView.class));
    }
}
