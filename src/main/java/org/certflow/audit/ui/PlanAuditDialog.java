package org.certflow.audit.ui;

import org.certflow.audit.AuditProgramme;
import org.certflow.audit.InvalidAuditInputException;
import org.certflow.audit.Requirements;
import org.certflow.project.Project;
import org.certflow.security.People;
import org.certflow.security.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** "Plan audit": the form in a dialog; a refused plan keeps the dialog open with the messages at their fields. */
class PlanAuditDialog extends Dialog {

    PlanAuditDialog(Project project, Requirements requirements, AuditProgramme programme, People people,
                    String username, Runnable onPlanned) {
        setHeaderTitle("Plan an audit · " + project.name());
        setWidth("min(60em, 95vw)");
        PlanAuditForm form = new PlanAuditForm(project.id(), project.holders(Role.INTERNAL_AUDITOR),
                requirements.mainClauses(project), requirements.applicableControls(project.id()),
                people::displayName);
        Button plan = new Button("Plan audit", e -> {
            try {
                programme.plan(form.value(), username);
                Notification.show("Audit planned: the auditor has a task for it.", 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onPlanned.run();
                close();
            } catch (InvalidAuditInputException refused) {
                form.showErrors(refused.fieldErrors());
            }
        });
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), plan);
    }
}
