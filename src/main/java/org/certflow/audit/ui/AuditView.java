package org.certflow.audit.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.certflow.audit.Audit;
import org.certflow.audit.AuditProgramme;
import org.certflow.audit.Conformity;
import org.certflow.audit.Findings;
import org.certflow.audit.Requirement;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.People;
import org.certflow.shared.Dates;

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

/** One audit for the project's members: who, when, the conclusion, the result per requirement and the findings. */
@Route("audits/audit/:auditId([0-9]{1,18})")
@PermitAll
public class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String AUDIT_ID = "auditId";

    private final AuditProgramme programme;
    private final Findings findings;
    private final ProjectService projects;
    private final People people;
    private final String username;
    private String title = "Audit · CertFlow";

    AuditView(AuditProgramme programme, Findings findings, ProjectService projects, People people,
              AuthenticationContext auth) {
        this.programme = programme;
        this.findings = findings;
        this.projects = projects;
        this.people = people;
        this.username = auth.getPrincipalName().orElseThrow();
        addClassName("audit-view");
    }

    static RouteParameters parameters(long auditId) {
        return new RouteParameters(AUDIT_ID, String.valueOf(auditId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Audit> audit = event.getRouteParameters().get(AUDIT_ID).map(Long::valueOf).flatMap(programme::find);
        Optional<Project> project = audit.flatMap(a -> projects.visibleTo(username).stream()
                .filter(p -> p.id() == a.projectId()).findFirst());
        if (project.isEmpty()) {
            title = "Audit not found · CertFlow";
            add(new H2("Audit not found"), new Paragraph("There is no such audit, or it belongs to a project you "
                    + "are not a member of."));
            return;
        }
        show(audit.get(), project.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Audit audit, Project project) {
        title = audit.title() + " · CertFlow";
        H2 name = new H2(audit.title());
        name.addClassName("view-title");
        Div heading = new Div(name, AuditBadges.status(audit.status()));
        heading.addClassName("project-title");
        Div facts = Fact.row(new Fact("Project", new RouterLink(project.name(), AuditProgrammeView.class,
                        AuditProgrammeView.parameters(project.id()))),
                new Fact("Planned for", Dates.day(audit.plannedDate())),
                new Fact("Auditor", people.displayName(audit.auditor())),
                new Fact("Planned by", people.displayName(audit.plannedBy()) + ", " + Dates.day(audit.plannedAt())),
                new Fact("Completed", audit.isCompleted() ? Dates.day(audit.completedAt()) : null));
        List<Requirement> scope = programme.scope(audit);
        Map<String, String> references = scope.stream()
                .collect(Collectors.toMap(Requirement::key, Requirement::reference));
        AuditResultsGrid results = new AuditResultsGrid(() -> scope.stream()
                .map(r -> new ScopeLine(r, audit.result(r.key()).orElseThrow())).toList());
        results.setAllRowsVisible(true);
        FindingsGrid auditFindings = new FindingsGrid(() -> findings.ofAudit(audit.id()),
                key -> references.getOrDefault(key, key), people);
        auditFindings.setAllRowsVisible(true);
        add(heading, facts, new Fact("Conclusion", audit.conclusion()), new H3("Findings"), auditFindings,
                new H3("Results per requirement"), new Paragraph(tally(audit)), results);
    }

    /** "12 conforming, 1 nonconforming, 2 not audited, 5 to do". */
    private static String tally(Audit audit) {
        String recorded = Arrays.stream(Conformity.values()).map(c -> audit.results().stream()
                .filter(r -> r.result() == c).count() + " " + c.label().toLowerCase())
                .collect(Collectors.joining(", "));
        return recorded + ", " + audit.unrecorded().size() + " to do.";
    }
}
