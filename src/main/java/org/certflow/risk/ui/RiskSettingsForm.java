package org.certflow.risk.ui;

import java.util.Map;

import org.certflow.project.Decision;
import org.certflow.risk.InvalidRiskException;
import org.certflow.risk.ProjectRiskSettings;
import org.certflow.risk.ReviewInterval;
import org.certflow.risk.RiskMatrix;
import org.certflow.risk.RiskSettings;
import org.certflow.security.People;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * A project's risk criteria (ISO 27001 6.1.2 a), changed by its executives and project managers; who set them last,
 * and when, is shown under them.
 */
class RiskSettingsForm extends FormLayout {

    private final ProjectRiskSettings settings;
    private final long projectId;
    private final People people;
    private final Paragraph lastChange = new Paragraph();

    RiskSettingsForm(ProjectRiskSettings settings, People people, long projectId, boolean includesAi,
                     String username) {
        this.settings = settings;
        this.projectId = projectId;
        this.people = people;
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
        Select<ReviewInterval> impactInterval = interval("AI system impact re-assessment",
                current.impactAssessmentInterval());
        impactInterval.setHelperText("From the next approval on: a system waiting for its re-assessment keeps its date");
        impactInterval.setVisible(includesAi);
        Map<String, HasValidation> fields = Map.of(ProjectRiskSettings.REVIEW_INTERVAL, reviewInterval,
                ProjectRiskSettings.APPETITE, appetite, ProjectRiskSettings.IMPACT_ASSESSMENT_INTERVAL, impactInterval);
        fields.values().forEach(field -> field.setManualValidation(true));
        boolean mayChange = settings.mayChange(projectId, username);
        Button save = new Button("Save risk criteria", e -> {
            try {
                settings.change(projectId, reviewInterval.getValue(), appetite.getValue() == null ? 0
                        : appetite.getValue(), impactInterval.getValue(), username);
                fields.values().forEach(field -> field.setInvalid(false));
                showLastChange();
                Notification.show("Risk criteria saved.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidRiskException refused) {
                fields.forEach((key, field) -> {
                    field.setErrorMessage(refused.fieldErrors().get(key));
                    field.setInvalid(refused.fieldErrors().containsKey(key));
                });
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
        lastChange.addClassName("muted");
        showLastChange();
        add(reviewInterval, appetite, impactInterval, save, who, lastChange);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        setMaxWidth("32rem");
    }

    private void showLastChange() {
        lastChange.setText(settings.lastChange(projectId).map(this::describe)
                .orElse("The defaults: nobody has set the criteria yet."));
    }

    private String describe(Decision change) {
        return "Set by " + people.displayName(change.decidedBy()) + " on " + Dates.moment(change.decidedAt()) + ": "
                + change.reason() + ".";
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
