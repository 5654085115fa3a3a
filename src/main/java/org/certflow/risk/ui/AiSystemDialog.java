package org.certflow.risk.ui;

import java.util.Map;

import org.certflow.risk.AiSystem;
import org.certflow.risk.AiSystemInput;
import org.certflow.risk.AiSystemRole;
import org.certflow.risk.InvalidRiskException;
import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Lists a new AI system (which starts its impact assessment) or changes one's purpose and role. */
class AiSystemDialog extends Dialog {

    private final TextField name = new TextField("Name");
    private final TextArea purpose = new TextArea("Purpose");
    private final Select<AiSystemRole> role = new Select<>();
    private final Map<String, HasValidation> fields = Map.of(AiSystemInput.NAME, name, AiSystemInput.PURPOSE, purpose,
            AiSystemInput.ROLE, role);

    AiSystemDialog(RiskPageServices services, long projectId, AiSystem system, String username, Runnable onChange) {
        setHeaderTitle(system == null ? "New AI system" : system.name());
        name.setHelperText("As people in the organisation know it; risks and incidents name the system by it");
        purpose.setHelperText("What it is for, whom it serves");
        role.setLabel("The organisation's role");
        role.setItems(AiSystemRole.values());
        role.setItemLabelGenerator(AiSystemRole::label);
        fields.values().forEach(field -> field.setManualValidation(true));
        if (system != null) {
            name.setValue(system.name());
            name.setReadOnly(true);
            purpose.setValue(system.purpose());
            role.setValue(system.role());
        }
        FormLayout form = new FormLayout(name, role, purpose);
        form.setColspan(purpose, 2);
        add(form);
        Button save = new Button(system == null ? "Add and start its impact assessment" : "Save", e -> {
            AiSystemInput input = new AiSystemInput(name.getValue(), purpose.getValue(), role.getValue());
            try {
                if (system == null) {
                    services.aiSystems().add(projectId, input, username);
                } else {
                    services.aiSystems().change(system.id(), system.version(), input, username);
                }
                Notification.show("AI system saved.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onChange.run();
            } catch (InvalidRiskException refused) {
                fields.forEach((key, field) -> {
                    field.setErrorMessage(refused.fieldErrors().get(key));
                    field.setInvalid(refused.fieldErrors().containsKey(key));
                });
            } catch (OptimisticLockingFailureException conflict) {
                Notification.show("Someone else changed this AI system meanwhile; nothing was saved.")
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(40rem, 95vw)");
    }
}
