package org.certflow.project.ui;

import java.util.Comparator;
import java.util.List;

import org.certflow.shared.ui.ProjectPageLink;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;

/** The row of links to the features' pages about the project: risks, incidents, audits, reviews, certification. */
class ProjectPageLinks extends Nav {

    ProjectPageLinks(long projectId, List<ProjectPageLink> links) {
        addClassName("project-page-links");
        links.stream().sorted(Comparator.comparingInt(ProjectPageLink::position)).forEach(link -> {
            RouterLink target = link.link().apply(projectId);
            target.addComponentAsFirst(link.icon().create());
            add(target);
        });
    }
}
