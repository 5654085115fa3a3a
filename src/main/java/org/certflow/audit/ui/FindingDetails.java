package org.certflow.audit.ui;

import org.certflow.audit.Finding;
import org.certflow.audit.FindingLogEntry;
import org.certflow.security.People;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** What a finding says and what has been done about it: description, root cause, plan, action, and its log. */
class FindingDetails extends Div {

    FindingDetails(Finding finding, People people) {
        addClassName("finding-details");
        add(new Fact("What was found", finding.description()));
        if (finding.grade().isNonconformity()) {
            add(new Fact("Root cause", finding.rootCause()), new Fact("Action plan", finding.actionPlan()),
                    new Fact("What was done", finding.actionTaken()));
        }
        UnorderedList log = new UnorderedList();
        for (FindingLogEntry entry : finding.log()) {
            String who = entry.doneBy() == null ? "CertFlow" : people.displayName(entry.doneBy());
            String note = entry.note() == null ? "" : ": " + entry.note();
            log.add(new ListItem(Dates.day(entry.doneAt()) + " · " + entry.step().label() + " · " + who + note));
        }
        add(new Fact("History", log));
    }
}
