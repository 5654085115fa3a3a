package org.certflow.certification.ui;

import java.util.Optional;

import org.certflow.catalog.ui.Badge;
import org.certflow.certification.Certificate;
import org.certflow.certification.CertificationAudit;
import org.certflow.certification.CertificationAudits;
import org.certflow.certification.Readiness;
import org.certflow.certification.ReadinessReport;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** Where each of my projects stands on its way to and through certification. */
@Route("certification")
@PageTitle("Certification · CertFlow")
@PermitAll
public class CertificationListView extends VerticalLayout {

    /** A project with its latest audit cycle and readiness check, as far as there are any. */
    /** The project, its latest audit cycle, the cycle of its certificate in force (the same unless recertifying). */
    private record Row(Project project, Optional<CertificationAudit> audit, Optional<CertificationAudit> certified,
                       Optional<ReadinessReport> readiness) {
    }

    CertificationListView(ProjectService projects, CertificationAudits audits, Readiness readiness,
                          AuthenticationContext auth) {
        String username = auth.getPrincipalName().orElseThrow();
        addClassName("certification-list-view");
        setSizeFull();
        H2 title = new H2("Certification");
        title.addClassName("view-title");

        Grid<Row> grid = new Grid<>();
        grid.addComponentColumn(r -> new RouterLink(r.project().name(), CertificationView.class,
                CertificationView.parameters(r.project().id()))).setHeader("Project").setFlexGrow(3);
        grid.addColumn(r -> r.project().standards().label()).setHeader("Standards").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> AuditBadge.of(r.audit())).setHeader("Audit").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> readiness(r.readiness())).setHeader("Readiness for Stage 1").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.certified().flatMap(CertificationAudit::certificate).map(Certificate::number)
                .orElse(Dates.NONE)).setHeader("Certificate").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.certified().flatMap(CertificationAudit::nextSurveillanceDue).map(Dates::day)
                .orElse(Dates.NONE)).setHeader("Next surveillance").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> projects.visibleTo(username).stream().skip(query.getOffset()).limit(query.getLimit())
                .map(p -> new Row(p, audits.latest(p.id()), audits.latestCertified(p.id()),
                        readiness.latest(p.id()))));
        grid.setEmptyStateText("You are not a member of any project yet.");
        grid.addItemClickListener(e -> UI.getCurrent().navigate(CertificationView.class,
                CertificationView.parameters(e.getItem().project().id())));
        grid.setSizeFull();
        add(title, grid);
        setFlexGrow(1, grid);
    }

    private static Badge readiness(Optional<ReadinessReport> report) {
        return report.map(r -> r.isReady() ? new Badge("Ready", "success")
                : new Badge(r.failed().size() + " of " + r.results().size() + " checks failing", "error"))
                .orElse(new Badge("Not checked", "neutral"));
    }
}
