package org.certflow.risk.ui;

import org.certflow.risk.AiImpactAssessment;
import org.certflow.risk.AiSystem;
import org.certflow.security.People;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** An AI system and one of its impact assessments (or none yet): what an assessor and an approver work from. */
class AiImpactCard extends Card {

    AiImpactCard(AiSystem system, AiImpactAssessment assessment, People people) {
        addClassName("ai-impact-card");
        setTitle(system.name());
        setSubtitle(new Span(system.role().label() + (system.isRetired() ? " · retired" : "")));
        add(Facts.fact("Purpose", system.purpose()));
        if (assessment == null) {
            add(Facts.fact("Impact assessment", "Not assessed yet"));
            return;
        }
        add(Facts.fact("Individuals and groups affected", assessment.affectedGroups()),
                Facts.fact("Fundamental rights at stake", assessment.fundamentalRights()),
                Facts.fact("Impact on society", assessment.societalImpact()),
                Facts.fact("Mitigations", assessment.mitigations()));
        Div facts = new Div(Facts.fact("Overall impact", assessment.impactLevel().label()),
                Facts.fact("Assessed", people.displayName(assessment.assessedBy()) + ", "
                        + Dates.day(assessment.assessedAt())),
                Facts.fact("Approved", assessment.isApproved() ? people.displayName(assessment.approvedBy()) + ", "
                        + Dates.day(assessment.approvedAt()) : "Not approved"),
                Facts.fact("Next assessment", Dates.day(assessment.nextAssessment())));
        facts.addClassName("project-facts");
        add(facts);
    }
}
