package org.certflow.risk.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.certflow.catalog.Standard;
import org.certflow.project.Project;
import org.certflow.risk.AiSystem;
import org.certflow.risk.InvalidRiskException;
import org.certflow.risk.Risk;
import org.certflow.risk.RiskInput;
import org.certflow.risk.RiskThreat;
import org.certflow.risk.RiskUnderReviewException;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Adds a risk, or shows one with its history: its risk owners and project managers change it or start its review
 * at once; everyone else reads it, as does everyone while the risk is under review (its owner changes it in the
 * review task). Refusals are shown at their fields and nothing is saved.
 */
class RiskDialog extends Dialog {

    private final RiskPageServices services;
    private final Project project;
    private final Risk risk;
    private final String username;
    private final RiskForm form;
    private final Runnable onChange;

    RiskDialog(RiskPageServices services, Project project, Risk risk, String username, Runnable onChange) {
        this.services = services;
        this.project = project;
        this.risk = risk;
        this.username = username;
        this.onChange = onChange;
        addClassName("risk-dialog");
        setHeaderTitle(risk == null ? "New risk" : risk.title());
        form = new RiskForm(RiskThreat.assessedIn(project.includes(Standard.ISO42001)),
                services.aiSystems().of(project.id()).stream().filter(s -> !s.isRetired())
                .map(AiSystem::name).toList(), project.holders(Role.RISK_OWNER), services.linkableControls(project.id()),
                services.people()::displayName, services::controlLabel, services.matrix());
        form.show(risk == null ? newRisk() : RiskInput.of(risk));
        Optional<String> underReview = risk == null ? Optional.empty()
                : services.register().underReviewNotice(risk);
        underReview.ifPresent(notice -> {
            Paragraph explanation = new Paragraph(notice);
            explanation.addClassName("form-notice");
            add(explanation);
        });
        add(form);
        if (risk != null) {
            add(new Details("History", new RiskHistoryList(services.register().history(risk.id()),
                    services.people())));
        }
        boolean keeper = services.register().mayEdit(project.id(), username);
        boolean editable = keeper && underReview.isEmpty();
        form.setReadOnly(!editable);
        Button save = new Button("Save", e -> save());
        save.setId("save-risk");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button review = new Button("Review now", e -> reviewNow());
        review.setId("review-risk-now");
        review.setVisible(editable && risk != null);
        save.setVisible(editable);
        getFooter().add(review, new Button(editable ? "Cancel" : "Close", e -> close()), save);
        setWidth("min(56rem, 95vw)");
    }

    private RiskInput newRisk() {
        List<String> owners = project.holders(Role.RISK_OWNER);
        return new RiskInput(null, null, null, null, null, null, null, owners.contains(username) ? username : null,
                null, null, Set.of(), EngineClock.today()
                        .plus(services.settings().of(project.id()).reviewInterval().period()));
    }

    private void save() {
        try {
            Risk saved = risk == null ? services.register().add(project.id(), form.input(), username)
                    : services.register().change(risk.id(), risk.version(), form.input(), username);
            boolean reviewStarted = services.register().underReviewNotice(saved).isPresent();
            Notification.show(reviewStarted ? "Risk saved. Its residual risk is above the appetite and no executive "
                    + "accepts it, so its review started at once: " + services.people().displayName(saved.owner())
                    + " has the task." : "Risk saved.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onChange.run();
        } catch (InvalidRiskException refused) {
            form.showErrors(refused.fieldErrors());
        } catch (RiskUnderReviewException underReview) {
            Notification.show(underReview.getMessage() + " Nothing was saved.")
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (OptimisticLockingFailureException conflict) {
            Notification.show("Someone else changed this risk meanwhile; nothing was saved. Open it again to see "
                    + "their change.").addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    private void reviewNow() {
        if (services.reviews().startOnDemand(project.id(), List.of(risk.id()), username).isPresent()) {
            Notification.show("Review started: " + services.people().displayName(risk.owner()) + " has the task.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            Notification.show("No review started: this risk is under review already, or no longer in the "
                    + "register.").addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        close();
        onChange.run();
    }
}
