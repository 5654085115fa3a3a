package org.certflow.certification.ui;

import java.util.Optional;

import org.certflow.certification.AuditFindings;
import org.certflow.certification.AuditPreparation;
import org.certflow.certification.CertificationAudit;
import org.certflow.certification.CertificationAudits;
import org.certflow.certification.DocumentedInformationRegister;
import org.certflow.certification.EvidencePack;
import org.certflow.certification.Readiness;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.project.ui.ProjectView;
import org.certflow.security.People;
import org.certflow.shared.EngineClock;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * A project's certification page for its members: readiness for Stage 1, the register of documented information,
 * Stage 1 and Stage 2, the certificate with its surveillance audits, and the evidence pack. The audit and
 * certification phase prepares the first certification audit and the surveillance cycle the recertification; the
 * project manager prepares one here when neither does and one is due (see {@link AuditPreparation}).
 */
@Route("certification/:projectId")
@PermitAll
public class CertificationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PROJECT_ID = "projectId";

    private final ProjectService projects;
    private final Readiness readiness;
    private final DocumentedInformationRegister register;
    private final CertificationAudits audits;
    private final AuditFindings findings;
    private final AuditPreparation preparation;
    private final EvidencePack evidencePack;
    private final People people;
    private final String username;
    private String title = "Certification · CertFlow";

    CertificationView(ProjectService projects, Readiness readiness, DocumentedInformationRegister register,
                      CertificationAudits audits, AuditFindings findings, AuditPreparation preparation,
                      EvidencePack evidencePack, People people, AuthenticationContext auth) {
        this.projects = projects;
        this.readiness = readiness;
        this.register = register;
        this.audits = audits;
        this.findings = findings;
        this.preparation = preparation;
        this.evidencePack = evidencePack;
        this.people = people;
        this.username = auth.getPrincipalName().orElseThrow();
        addClassName("certification-view");
    }

    static RouteParameters parameters(long projectId) {
        return new RouteParameters(PROJECT_ID, String.valueOf(projectId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        event.getRouteParameters().get(PROJECT_ID).filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong)
                .flatMap(id -> projects.visibleTo(username).stream().filter(p -> p.id().equals(id)).findFirst())
                .ifPresentOrElse(this::show, this::notFound);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Project project) {
        title = "Certification · " + project.name() + " · CertFlow";
        Optional<CertificationAudit> audit = audits.latest(project.id());
        H2 name = new H2("Certification: " + project.name());
        name.addClassName("view-title");
        Div heading = new Div(name, AuditBadge.of(audit));
        heading.addClassName("project-title");
        Optional<CertificationAudit> certified = audits.latestCertified(project.id());
        boolean valid = certified.map(a -> a.isValidOn(EngineClock.today())).orElse(false);
        Button prepare = new Button(valid ? "Prepare recertification audit" : "Prepare certification audit",
                e -> prepare(project));
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prepare.setVisible(preparation.mayPrepare(project.id(), username));
        Paragraph byPhase = new Paragraph("The audit and certification phase prepares the certification audit, "
                + "after the internal audit and the management review.");
        byPhase.addClassName("muted");
        byPhase.setVisible(audit.isEmpty() && preparation.isRunning(project));
        Paragraph bySurveillance = new Paragraph("Three months before the certificate expires, the project manager "
                + "gets the task \"Prepare recertification audit\", which starts the recertification audit.");
        bySurveillance.addClassName("muted");
        bySurveillance.setVisible(valid && !prepare.isVisible());
        Div actions = new Div(prepare, byPhase, bySurveillance, new EvidencePackLink(project.id(), evidencePack),
                new RouterLink("Open project", ProjectView.class, new RouteParameters(PROJECT_ID,
                        String.valueOf(project.id()))));
        actions.addClassName("certification-actions");

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Readiness", new ReadinessPanel(readiness.latest(project.id())));
        tabs.add("Documented information", new RegisterEditor(project, register, people, username));
        tabs.add("Stage 1 and Stage 2", audit.<Component>map(a -> new AuditRecordPanel(a,
                findings.of(a.id()), people::displayName)).orElse(new Paragraph("No certification audit yet.")));
        tabs.add("Certificate", new CertificatePanel(certified.orElse(null)));
        add(heading, actions, tabs);
    }

    private void prepare(Project project) {
        try {
            preparation.prepare(project.id(), username);
        } catch (AccessDeniedException refused) {
            Notification.show(refused.getMessage());
            return;
        }
        Notification.show("Readiness for Stage 1 checked: the results are below, and a task waits for you.");
        removeAll();
        show(projects.get(project.id()));
    }

    private void notFound() {
        title = "Project not found · CertFlow";
        add(new H2("Project not found"), new Paragraph("There is no such project, or you are not one of its "
                + "members."));
    }
}
