package org.certflow.certification.ui;

import org.certflow.certification.DocumentDetails;
import org.certflow.certification.DocumentedInformationRegister;
import org.certflow.certification.DocumentedInformationRegister.Coverage;
import org.certflow.certification.InvalidCertificationInputException;
import org.certflow.project.Project;
import org.certflow.security.People;
import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The register of documented information with what the standards require: its project manager clicks a missing
 * document to register it, or an entry to edit it; everyone else reads it.
 */
class RegisterEditor extends Div {

    private final long projectId;
    private final DocumentedInformationRegister register;
    private final String username;
    private final CoverageGrid coverage;
    private final RegisterGrid entries;
    private final RegisterEntryForm form;

    RegisterEditor(Project project, DocumentedInformationRegister register, People people, String username) {
        this.projectId = project.id();
        this.register = register;
        this.username = username;
        addClassName("register-editor");
        boolean bothStandards = project.standards().standards().size() > 1;
        coverage = new CoverageGrid(bothStandards);
        entries = new RegisterGrid(bothStandards, people::displayName);
        form = new RegisterEntryForm(project.standards().standards());
        boolean editable = register.mayEdit(projectId, username);
        if (editable) {
            coverage.addItemClickListener(e -> pick(e.getItem()));
            entries.addItemClickListener(e -> form.edit(e.getItem(), e.getItem().details()));
            form.addSaveListener(this::save);
            form.addRemoveListener(e -> {
                register.remove(e.entry.id(), username);
                form.setVisible(false);
                reload();
            });
        }
        Button add = new Button("Add entry", VaadinIcon.PLUS.create(),
                e -> form.edit(null, new DocumentDetails(null, "", "", "", "", "", null)));
        add.setVisible(editable);
        Div panes = new Div(entries, form);
        panes.addClassName("register-panes");
        add(new H3("What the standards require"), new Paragraph(editable
                ? "Click a missing document to register it. The readiness check requires each one with a "
                        + "reference and an approval." : "The readiness check requires each one with a reference "
                        + "and an approval; the project manager keeps the register."),
                coverage, new H3("Register of documented information"), add, panes);
        reload();
    }

    private void pick(Coverage item) {
        if (item.entry() != null) {
            form.edit(item.entry(), item.entry().details());
        } else {
            form.edit(null, new DocumentDetails(item.document().standard(), item.document().clause(),
                    item.document().title(), "", "", "", null));
        }
    }

    private void save(RegisterEntryForm.SaveEvent event) {
        try {
            if (event.entry == null) {
                register.add(projectId, event.details, username);
            } else {
                register.edit(event.entry.id(), event.entry.version(), event.details, username);
            }
            Notification.show("Saved: " + event.details.title().trim() + ".")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            form.setVisible(false);
            reload();
        } catch (InvalidCertificationInputException refused) {
            form.showError(refused.field(), refused.getMessage());
        } catch (OptimisticLockingFailureException conflict) {
            reload();
            form.showError(DocumentedInformationRegister.REFERENCE, "Someone else changed this entry meanwhile; "
                    + "the list shows it now. Open it again to edit.");
        }
    }

    private void reload() {
        coverage.show(register.coverage(projectId));
        entries.show(register.entries(projectId));
    }
}
