package org.certflow.review.ui;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.review.ManagementReview;
import org.certflow.review.ManagementReviews;
import org.certflow.review.MinutesPdf;
import org.certflow.review.ReviewDecision;
import org.certflow.review.ReviewDecisions;
import org.certflow.security.People;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * One management review as its minutes: who prepared and approved it when, the preparation, the inputs as they
 * were gathered with the notes, each send-back, the decisions with their actions (the owner or the project manager
 * marks an action done here; a refusal, e.g. someone else marked it done meanwhile, is said in a notice), the
 * conclusion, and the minutes as PDF. Only the project's people see it.
 */
@Route("management-reviews/:reviewId")
@PermitAll
class ManagementReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String REVIEW_ID = "reviewId";

    private final ManagementReviews reviews;
    private final ReviewDecisions decisions;
    private final MinutesPdf minutes;
    private final ProjectService projects;
    private final People people;
    private final String username;
    private String title = "Management review · CertFlow";

    ManagementReviewView(ManagementReviews reviews, ReviewDecisions decisions, MinutesPdf minutes,
                         ProjectService projects, People people, AuthenticationContext auth) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.minutes = minutes;
        this.projects = projects;
        this.people = people;
        this.username = auth.getPrincipalName().orElseThrow();
        addClassName("management-review-view");
    }

    static RouteParameters parameters(long reviewId) {
        return new RouteParameters(REVIEW_ID, String.valueOf(reviewId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        event.getRouteParameters().get(REVIEW_ID).flatMap(this::visibleReview).ifPresentOrElse(this::show, () -> {
            title = "Management review not found · CertFlow";
            add(new H2("Management review not found"), new Paragraph("There is no such review, or you are not one "
                    + "of its project's people."));
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Optional<ManagementReview> visibleReview(String id) {
        return id.matches("\\d{1,18}") ? reviews.find(Long.parseLong(id)).filter(r -> reviews.maySee(username, r))
                : Optional.empty();
    }

    private void show(ManagementReview review) {
        Project project = projects.get(review.projectId());
        title = "Management review " + ManagementReviewsView.heldOn(review) + " · " + project.name() + " · CertFlow";
        ReviewDecisionsGrid decisionsGrid = new ReviewDecisionsGrid(people);
        if (review.isCompleted()) {
            decisionsGrid.withButtons(decision -> markDoneButton(decision, decisionsGrid));
        }
        decisionsGrid.show(reviews.decisions(review.id()));

        add(new ReviewHeader(review, project, people), downloadLink(review), new H3("Preparation"),
                new PreparationPanel(review), new SendBacksPanel(review, people), new H3("Inputs (clause 9.3.2)"),
                ReviewInputs.readOnly(review),
                new H3("Decisions and actions (clause 9.3.3)"), decisionsGrid);
        review.approval().ifPresent(a -> add(new H3("Conclusion"), new Paragraph(a.conclusion())));
    }

    private Anchor downloadLink(ManagementReview review) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = minutes.of(review.id());
            return new DownloadResponse(new ByteArrayInputStream(pdf), MinutesPdf.fileName(review),
                    "application/pdf", pdf.length);
        }), AttachmentType.DOWNLOAD, "Download minutes (PDF)");
        download.addClassName("review-download");
        return download;
    }

    private Component markDoneButton(ReviewDecision decision, ReviewDecisionsGrid grid) {
        if (decision.isDone() || !decisions.mayMarkDone(decision, username)) {
            return new Span();
        }
        Button done = new Button("Mark done", e -> {
            try {
                decisions.actionDone(decision.id(), username);
                Notification.show("Action marked done.", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalStateException | AccessDeniedException refused) {
                refusal(refused.getMessage());
            } catch (OptimisticLockingFailureException changed) {
                refusal("Someone changed this action at the same moment; the list shows it as it is now.");
            }
            grid.show(reviews.decisions(decision.managementReviewId()));
        });
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        done.setAriaLabel("Mark done: " + decision.decision());
        return done;
    }

    /** E.g. someone else marked the action done meanwhile: said for long enough to read. */
    private static void refusal(String message) {
        Notification.show(message, 8000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
