package org.certflow.project.ui;

import java.util.List;

import org.certflow.shared.HeadlineFigure;
import org.certflow.shared.ui.ProjectDashboardCard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/**
 * One card per feature with its headline figures about the project, each with its state in words; the card's title
 * links to the feature's page.
 */
class DashboardCards extends Div {

    DashboardCards(long projectId, List<ProjectDashboardCard> cards) {
        addClassName("dashboard-cards");
        cards.forEach(card -> add(card(projectId, card)));
    }

    /** The feature's link with its icon, as the card's title and the row of links show it. */
    static RouterLink link(long projectId, ProjectDashboardCard card) {
        RouterLink link = card.link().apply(projectId);
        link.addComponentAsFirst(card.icon().create());
        return link;
    }

    private static Div card(long projectId, ProjectDashboardCard card) {
        Div div = new Div(new H4(link(projectId, card)));
        div.addClassName("dashboard-card");
        card.figures().apply(projectId).forEach(figure -> div.add(figure(figure)));
        return div;
    }

    private static Div figure(HeadlineFigure figure) {
        Span label = new Span(figure.label());
        label.addClassName("figure-label");
        Span value = new Span(figure.value());
        value.addClassName("figure-value");
        Div row = new Div(label, value, ProjectBadges.state(figure.state()));
        row.addClassName("dashboard-figure");
        return row;
    }
}
