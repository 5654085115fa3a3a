package org.certflow.risk.ui;

import static org.certflow.risk.process.RiskReviewVariables.REVIEW_ROUND_ID;
import static org.certflow.risk.process.RiskReviewVariables.RISK_ID;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.certflow.risk.Risk;
import org.certflow.risk.ReviewRound;
import org.certflow.shared.ui.TaskContextProvider;
import org.certflow.shared.ui.TaskRef;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/**
 * On a risk's review, plan approval and acceptance tasks: why the review started, the risk (with the appetite for
 * the acceptance), on the owner's review the controls to change, a link to the register and the risk's history.
 */
@Component
class RiskTaskContext implements TaskContextProvider {

    private static final String OWNERS_REVIEW = "Task_ReviewRisk";
    private static final Set<String> RISK_TASKS = Set.of(OWNERS_REVIEW, "Task_ApproveTreatmentPlan",
            "Task_AcceptResidualRisk");

    private final TaskService tasks;
    private final RiskPageServices services;

    RiskTaskContext(TaskService tasks, RiskPageServices services) {
        this.tasks = tasks;
        this.services = services;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> contextFor(TaskRef task) {
        if (!RISK_TASKS.contains(task.taskDefinitionKey())
                || !(tasks.getVariable(task.taskId(), RISK_ID) instanceof Number riskId)) {
            return Optional.empty();
        }
        Risk risk = services.register().get(riskId.longValue());
        Div context = new Div();
        context.addClassName("risk-task-context");
        if (tasks.getVariable(task.taskId(), REVIEW_ROUND_ID) instanceof Number roundId) {
            services.reviews().round(roundId.longValue()).map(ReviewRound::reason)
                    .ifPresent(reason -> context.add(new Paragraph("Why now: " + reason)));
        }
        boolean ownersReview = OWNERS_REVIEW.equals(task.taskDefinitionKey()) && risk.owner().equals(task.username());
        context.add(new RiskCard(risk, services.settings().of(risk.projectId()).riskAppetite(), services.catalog(),
                services.people(), !ownersReview));
        if (ownersReview) {
            context.add(new ReviewControlsEditor(services, risk, task.username()));
        }
        context.add(new RouterLink("Open the risk register", RiskRegisterView.class,
                RiskRegisterView.parameters(risk.projectId())));
        Details history = new Details("History", new RiskHistoryList(services.register().history(risk.id()),
                services.people()));
        history.setOpened(true);
        context.add(history);
        return Optional.of(context);
    }
}
