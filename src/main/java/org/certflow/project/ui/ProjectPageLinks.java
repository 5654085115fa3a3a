package org.certflow.project.ui;

import java.util.List;

import org.certflow.shared.ui.ProjectDashboardCard;

import com.vaadin.flow.component.html.Nav;

/** The row of links to the features' pages about the project: risks, incidents, audits, reviews, certification. */
class ProjectPageLinks extends Nav {

    ProjectPageLinks(long projectId, List<ProjectDashboardCard> cards) {
        addClassName("project-page-links");
        cards.forEach(card -> add(DashboardCards.link(projectId, card)));
    }
}
