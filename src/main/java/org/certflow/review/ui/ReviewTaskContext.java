package org.certflow.review.ui;

import static org.certflow.review.process.ReviewVariables.TASK_DECIDE;
import static org.certflow.review.process.ReviewVariables.TASK_PREPARE;

import java.util.Optional;

import org.certflow.project.ProjectService;
import org.certflow.review.ManagementReview;
import org.certflow.review.ManagementReviews;
import org.certflow.review.ReviewDecisions;
import org.certflow.review.ReviewPreparation;
import org.certflow.security.People;
import org.certflow.shared.ui.TaskContextProvider;
import org.certflow.shared.ui.TaskRef;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/**
 * The review's work areas on its task pages: while preparing, why the executive sent it back (if so) and the gathered
 * inputs with a notes field per section; when deciding, the preparation and the inputs to read, and the decisions to
 * record.
 */
@Component
class ReviewTaskContext implements TaskContextProvider {

    private final ManagementReviews reviews;
    private final ReviewPreparation preparation;
    private final ReviewDecisions decisions;
    private final ProjectService projects;
    private final People people;

    ReviewTaskContext(ManagementReviews reviews, ReviewPreparation preparation, ReviewDecisions decisions,
                      ProjectService projects, People people) {
        this.reviews = reviews;
        this.preparation = preparation;
        this.decisions = decisions;
        this.projects = projects;
        this.people = people;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> contextFor(TaskRef task) {
        if (!TASK_PREPARE.equals(task.taskDefinitionKey()) && !TASK_DECIDE.equals(task.taskDefinitionKey())) {
            return Optional.empty();
        }
        return reviews.ofTask(task.taskId()).map(review -> TASK_PREPARE.equals(task.taskDefinitionKey())
                ? new Div(new SendBacksPanel(review, people), new H3("Inputs of the review"),
                        ReviewInputs.withNotes(review, preparation, task.username()))
                : decisionArea(review, task.username()));
    }

    private Div decisionArea(ManagementReview review, String username) {
        Div area = new Div(new H3("Preparation"), new PreparationPanel(review), new SendBacksPanel(review, people),
                new H3("Inputs of the review"),
                ReviewInputs.readOnly(review), new DecisionsEditor(review, projects.get(review.projectId()), reviews,
                        decisions, people, username));
        area.addClassName("review-decision-area");
        return area;
    }
}
