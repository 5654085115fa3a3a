package org.certflow.risk.ui;

import org.certflow.risk.InvalidRiskException;
import org.certflow.risk.ProjectRiskSettings;
import org.certflow.risk.ReviewInterval;
import org.certflow.risk.RiskMatrix;
import org.certflow.risk.RiskSettings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/** A project's risk criteria (ISO 27001 6.1.2 a), changed by its executives and project managers. */
class RiskSettingsForm extends FormLayout {

    RiskSettingsForm(ProjectRiskSettings settings, long projectId, boolean includesAi, String username) {
        addClassName("risk-settings-form");
        RiskSettings current = settings.of(projectId);
        Select<ReviewInterval> reviewInterval = interval("Risk reviews", current.reviewInterval());
        reviewInterval.setHelperText("The review schedule starts a review of the risks due at this interval");
        IntegerField appetite = new IntegerField("Risk appetite: highest residual score risk owners accept");
        appetite.setMin(1);
        appetite.setMax(RiskMatrix.MAX_SCORE);
        appetite.setStepButtonsVisible(true);
        appetite.setValue(current.riskAppetite());
        appetite.setHelperText("A residual risk scoring above it needs an executive's acceptance");
        appetite.setManualValidation(true);
        Select<ReviewInterval> impactInterval = interval("AI system impact re-assessment",
                current.impactAssessmentInterval());
        impactInterval.setVisible(includesAi);
        boolean mayChange = settings.mayChange(projectId, username);
        Button save = new Button("Save risk criteria", e -> {
            try {
                settings.change(projectId, reviewInterval.getValue(), appetite.getValue() == null ? 0
                        : appetite.getValue(), impactInterval.getValue(), username);
                appetite.setInvalid(false);
                Notification.show("Risk criteria saved.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidRiskException refused) {
                appetite.setErrorMessage(refused.fieldErrors().get(ProjectRiskSettings.APPETITE));
                appetite.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(mayChange);
        reviewInterval.setReadOnly(!mayChange);
        appetite.setReadOnly(!mayChange);
        impactInterval.setReadOnly(!mayChange);
        Paragraph who = new Paragraph("Top management sets the risk criteria: the project's executives and project "
                + "managers change them.");
        who.addClassName("muted");
        who.setVisible(!mayChange);
        add(reviewInterval, appetite, impactInterval, save, who);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        setMaxWidth("32rem");
    }

    private static Select<ReviewInterval> interval(String label, ReviewInterval value) {
        Select<ReviewInterval> select = new Select<>();
        select.setLabel(label);
        select.setItems(ReviewInterval.values());
        select.setItemLabelGenerator(ReviewInterval::label);
        select.setValue(value);
        return select;
    }
}
