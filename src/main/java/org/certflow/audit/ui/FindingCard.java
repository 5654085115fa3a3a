package org.certflow.audit.ui;

import org.certflow.audit.Audit;
import org.certflow.audit.Finding;
import org.certflow.audit.Requirement;
import org.certflow.security.People;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** What a corrective action task is about: the finding, its requirement and audit, owner, due date and history. */
class FindingCard extends Card {

    FindingCard(Finding finding, Audit audit, Requirement requirement, People people) {
        addClassName("finding-card");
        setTitle(finding.reference() + " " + finding.grade().label());
        setSubtitle(new Span(requirement.label()));
        Div badges = new Div(AuditBadges.status(finding.status()));
        badges.addClassName("badge-row");
        if (finding.isOverdue(EngineClock.today())) {
            badges.add(AuditBadges.overdue());
        }
        setHeaderSuffix(badges);
        add(Fact.row(new Fact("Audit", new RouterLink(audit.title(), AuditView.class,
                        AuditView.parameters(audit.id()))),
                new Fact("Raised by", people.displayName(finding.raisedBy()) + ", " + Dates.day(finding.raisedAt())),
                new Fact("Owner", finding.owner() == null ? null : people.displayName(finding.owner())),
                new Fact("Due", Dates.day(finding.dueDate()))), new FindingDetails(finding, people));
    }
}
