package org.certflow.review.ui;

import org.certflow.project.Project;
import org.certflow.review.ManagementReview;
import org.certflow.security.People;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** A review's title with its status, its project, and who prepared and approved it when. */
class ReviewHeader extends Div {

    ReviewHeader(ManagementReview review, Project project, People people) {
        H2 heading = new H2("Management review of " + ManagementReviewsView.heldOn(review));
        heading.addClassName("view-title");
        Div title = new Div(heading, ReviewBadges.status(review.status()));
        title.addClassName("project-title");
        Anchor projectLink = new Anchor("projects/" + project.id(), project.name());
        projectLink.getElement().setAttribute("router-link", true);
        Facts facts = new Facts().add("Inputs gathered", Dates.moment(review.inputsGatheredAt()))
                .add("Prepared by", review.preparation().map(p -> people.displayName(p.preparedBy()) + ", "
                        + Dates.moment(p.preparedAt())).orElse(Dates.NONE))
                .add("Approved by", review.approval().map(a -> people.displayName(a.approvedBy()) + ", "
                        + Dates.moment(a.approvedAt())).orElse(Dates.NONE))
                .add("Next review", review.approval().map(a -> Dates.day(a.nextReviewDate()))
                        .orElse(Dates.NONE));
        add(title, projectLink, facts);
    }
}
