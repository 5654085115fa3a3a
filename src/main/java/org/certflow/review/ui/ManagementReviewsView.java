package org.certflow.review.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.certflow.project.Project;
import org.certflow.review.Approval;
import org.certflow.review.ManagementReview;
import org.certflow.review.ManagementReviews;
import org.certflow.review.ManagementReviews.Listed;
import org.certflow.review.ReviewSchedule;
import org.certflow.security.People;
import org.certflow.shared.Dates;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * The management reviews of the projects the signed-in person works in, newest first, or of one project with its
 * next scheduled review ({@code ?project=12} chooses it), where its project manager may hold an extraordinary review
 * now; a row opens to show its decisions with who recorded them when.
 */
@Route("management-reviews")
@PageTitle("Management reviews · CertFlow")
@PermitAll
class ManagementReviewsView extends VerticalLayout implements BeforeEnterObserver {

    private static final String PROJECT = "project";

    private final ManagementReviews reviews;
    private final ReviewSchedule schedule;
    private final String username;
    private final List<Project> projects;
    private final ComboBox<Project> project = new ComboBox<>();
    private final Paragraph next = new Paragraph();
    private final Button holdNow = new Button("Hold a review now");
    private final Grid<Listed> grid = new Grid<>(Listed.class, false);

    ManagementReviewsView(ManagementReviews reviews, ReviewSchedule schedule, People people,
                          AuthenticationContext auth) {
        this.reviews = reviews;
        this.schedule = schedule;
        this.username = auth.getPrincipalName().orElseThrow();
        addClassName("management-reviews-view");
        setSizeFull();

        H2 title = new H2("Management reviews");
        title.addClassName("view-title");
        projects = reviews.projectsOf(username);
        Map<Long, String> names = projects.stream().collect(Collectors.toMap(Project::id, Project::name));
        project.setItems(projects);
        project.setItemLabelGenerator(Project::name);
        project.setPlaceholder("All my projects");
        project.setClearButtonVisible(true);
        project.setAriaLabel("Project");
        project.setWidth("22rem");
        project.addValueChangeListener(e -> refresh());
        next.addClassName("muted");
        holdNow.setId("hold-review-now");
        holdNow.setTooltipText("An extraordinary management review: its inputs are gathered now and you prepare it");
        holdNow.addClickListener(e -> hold());

        grid.addComponentColumn(row -> new RouterLink(heldOn(row.review()), ManagementReviewView.class,
                ManagementReviewView.parameters(row.review().id()))).setHeader("Review").setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(row -> names.get(row.review().projectId())).setHeader("Project").setFlexGrow(2);
        grid.addComponentColumn(row -> ReviewBadges.status(row.review().status())).setHeader("Status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Listed::decisions).setHeader("Decisions").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.review().approval().map(approvedBy(people)).orElse(Dates.NONE))
                .setHeader("Approved").setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(row -> {
            ReviewDecisionsGrid decisions = new ReviewDecisionsGrid(people);
            decisions.show(reviews.decisions(row.review().id()));
            return decisions;
        }));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No management review yet. The first one is held in the audit and certification "
                + "phase; each review then schedules the next.");
        grid.setSizeFull();

        refresh();
        HorizontalLayout header = new HorizontalLayout(title, project, holdNow);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.expand(title);
        add(header, next, grid);
        setFlexGrow(1, grid);
    }

    /** The address of this page showing one project's reviews. */
    static QueryParameters forProject(long projectId) {
        return QueryParameters.of(PROJECT, String.valueOf(projectId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(PROJECT).flatMap(id -> projects.stream()
                .filter(p -> String.valueOf(p.id()).equals(id)).findFirst()).ifPresent(project::setValue);
    }

    private void refresh() {
        Long projectId = project.getValue() == null ? null : project.getValue().id();
        grid.setItems(query -> reviews.page(username, projectId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) reviews.count(username, projectId));
        next.setVisible(projectId != null);
        holdNow.setVisible(projectId != null && schedule.mayHoldExtraordinary(projectId, username));
        if (projectId != null) {
            next.setText(schedule.next(projectId).map(day -> "Next management review scheduled for "
                    + Dates.day(day) + ".").orElse("No management review scheduled yet."));
        }
    }

    /** The project manager opens an extraordinary review of the chosen project, unless one is in progress. */
    private void hold() {
        try {
            schedule.holdExtraordinary(project.getValue().id(), username);
            refresh();
            Notification.show("Management review opened: its inputs are gathered. Prepare it from your task list.",
                    5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalStateException | AccessDeniedException refused) {
            Notification.show(refused.getMessage(), 8000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** "26 Apr 2027", the day it was held, or the day its inputs were gathered while it is being prepared. */
    static String heldOn(ManagementReview review) {
        return review.preparation().map(p -> Dates.day(p.reviewDate()))
                .orElseGet(() -> Dates.day(review.inputsGatheredAt()));
    }

    private static Function<Approval, String> approvedBy(People people) {
        return a -> people.displayName(a.approvedBy()) + ", " + Dates.moment(a.approvedAt());
    }
}
