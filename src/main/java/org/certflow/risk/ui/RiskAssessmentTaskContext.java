package org.certflow.risk.ui;

import java.util.List;
import java.util.Optional;

import org.certflow.risk.AiImpactFigures;
import org.certflow.risk.RiskAssessmentFigures;
import org.certflow.shared.ui.TaskContextProvider;
import org.certflow.shared.ui.TaskRef;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;

/**
 * On the control implementation phase's risk assessment and AI impact assessment tasks: the register's real
 * figures, what is still open before the task completes, and a link to the risk pages where that work is done.
 */
@Component
class RiskAssessmentTaskContext implements TaskContextProvider {

    static final String ASSESS_RISKS = "Task_AssessRisks";
    static final String ASSESS_AI_IMPACT = "Task_AssessAiImpact";

    private final RiskPageServices services;

    RiskAssessmentTaskContext(RiskPageServices services) {
        this.services = services;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> contextFor(TaskRef task) {
        return switch (task.taskDefinitionKey()) {
            case ASSESS_RISKS -> Optional.of(risks(task.projectId()));
            case ASSESS_AI_IMPACT -> Optional.of(aiImpact(task.projectId()));
            default -> Optional.empty();
        };
    }

    private Card risks(long projectId) {
        RiskAssessmentFigures figures = services.progress().risks(projectId);
        Div facts = new Div(Facts.fact("Risks in the register", String.valueOf(figures.risks())),
                Facts.fact("Treatment plans approved by their owners", figures.plansApproved() + " of "
                        + figures.risks()),
                Facts.fact("Above the risk appetite (" + figures.appetite() + ")", String.valueOf(figures.aboveAppetite())),
                Facts.fact("Of those accepted by an executive", figures.accepted() + " of " + figures.aboveAppetite()));
        return card("Risk register", facts, figures.openPoints(), projectId);
    }

    private Card aiImpact(long projectId) {
        AiImpactFigures figures = services.progress().aiImpact(projectId);
        Div facts = new Div(Facts.fact("AI systems in use", String.valueOf(figures.systems())),
                Facts.fact("With a current, approved impact assessment", figures.assessed() + " of "
                        + figures.systems()));
        return card("AI system impact assessments", facts, figures.openPoints(), projectId);
    }

    private static Card card(String title, Div facts, List<String> openPoints, long projectId) {
        Card card = new Card();
        card.addClassName("risk-assessment-figures");
        card.setTitle(title);
        facts.addClassName("project-facts");
        card.add(facts);
        if (openPoints.isEmpty()) {
            card.add(new Paragraph("Nothing is open: the task can be completed."));
        } else {
            Paragraph notice = new Paragraph("Open before this task completes:");
            notice.addClassName("form-notice");
            card.add(notice, new UnorderedList(openPoints.stream().map(ListItem::new).toArray(ListItem[]::new)));
        }
        card.add(new RouterLink("Open the risk pages", RiskRegisterView.class, RiskRegisterView.parameters(projectId)));
        return card;
    }
}
