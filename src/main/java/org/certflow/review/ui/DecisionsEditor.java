package org.certflow.review.ui;

import org.certflow.project.Project;
import org.certflow.project.ProjectMember;
import org.certflow.review.InvalidReviewEntryException;
import org.certflow.review.ManagementReview;
import org.certflow.review.ManagementReviews;
import org.certflow.review.ReviewDecision;
import org.certflow.review.ReviewDecisions;
import org.certflow.security.People;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The executive's work area on the decision task: the decisions recorded so far, each withdrawable until the review
 * is approved, and the form for the next one. Each decision is saved at once, with who recorded it and when.
 */
class DecisionsEditor extends Div {

    private final long reviewId;
    private final ManagementReviews reviews;
    private final ReviewDecisions decisions;
    private final String username;
    private final ReviewDecisionsGrid grid;

    DecisionsEditor(ManagementReview review, Project project, ManagementReviews reviews, ReviewDecisions decisions,
                    People people, String username) {
        this.reviewId = review.id();
        this.reviews = reviews;
        this.decisions = decisions;
        this.username = username;
        addClassName("decisions-editor");
        grid = new ReviewDecisionsGrid(people).withButtons(this::withdrawButton);
        DecisionForm form = new DecisionForm(project.members().stream().map(ProjectMember::username).distinct()
                .sorted().toList(), people);
        form.addRecordListener(event -> {
            try {
                decisions.record(reviewId, event.decision(), username);
                form.clear();
                refresh();
                Notification.show("Decision recorded.", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidReviewEntryException refused) {
                form.showError(refused.field(), refused.getMessage());
            }
        });
        refresh();
        add(new H3("Decisions"), grid, form);
    }

    private Component withdrawButton(ReviewDecision decision) {
        Button withdraw = new Button("Withdraw", e -> {
            decisions.withdraw(decision.id(), username);
            refresh();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        withdraw.setAriaLabel("Withdraw " + decision.decision());
        return withdraw;
    }

    private void refresh() {
        grid.show(reviews.decisions(reviewId));
    }
}
