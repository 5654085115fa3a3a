package org.certflow.risk.ui;

import org.certflow.risk.InvalidRiskException;
import org.certflow.risk.Risk;
import org.certflow.risk.RiskInput;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * On the owner's review task: the controls that treat the risk, which the review form does not hold, so an owner
 * who turns to mitigation links the controls here before completing the review.
 */
class ReviewControlsEditor extends HorizontalLayout {

    ReviewControlsEditor(RiskPageServices services, Risk risk, String owner) {
        addClassName("review-controls");
        MultiSelectComboBox<String> controls = new MultiSelectComboBox<>("Controls that treat the risk");
        controls.setItems(services.linkableControls(risk.projectId()));
        controls.setItemLabelGenerator(services::controlLabel);
        controls.setValue(risk.controls());
        controls.setHelperText("Applicable controls of the Statement of Applicability; a mitigated risk names at "
                + "least one");
        controls.setManualValidation(true);
        controls.setWidth("min(40rem, 90vw)");
        Button save = new Button("Save controls", e -> {
            try {
                services.results().changeControls(risk.id(), controls.getValue(), owner);
                controls.setInvalid(false);
                Notification.show("Controls saved.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidRiskException refused) {
                controls.setErrorMessage(refused.fieldErrors().get(RiskInput.CONTROLS));
                controls.setInvalid(true);
            }
        });
        add(controls, save);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }
}
