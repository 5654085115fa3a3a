package org.certflow.project.ui;

import org.certflow.project.Project;
import org.certflow.project.ProjectStatus;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Name, organisation, standards, starting point, status and, once certified, the certificate. */
class ProjectHeader extends Div {

    ProjectHeader(Project project) {
        addClassName("project-header");
        H2 name = new H2(project.name());
        name.addClassName("view-title");
        Div title = new Div(name, ProjectBadges.status(project.status()));
        title.addClassName("project-title");

        Div facts = new Div(fact("Organisation", project.organisation()),
                fact("Standards", project.standards().label()),
                fact("Starting point", project.startingPoint().label()),
                fact("Started", Dates.day(project.startDate())));
        if (project.status() == ProjectStatus.CERTIFIED) {
            facts.add(fact("Certificate", project.certificateNumber() + ", " + Dates.day(project.certifiedAt())));
        }
        facts.addClassName("project-facts");
        Details scope = new Details("Scope", new Paragraph(project.scope()));
        add(title, facts, scope);
    }

    private static Div fact(String label, String value) {
        Span caption = new Span(label);
        caption.addClassName("fact-label");
        Div fact = new Div(caption, new Span(value));
        fact.addClassName("fact");
        return fact;
    }
}
