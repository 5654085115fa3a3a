package org.certflow.risk.ui;

import java.util.List;

import org.certflow.risk.RiskHistoryEntry;
import org.certflow.security.People;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A risk's history, newest first: when, what, who (the schedule when nobody) and the details. */
class RiskHistoryList extends Div {

    RiskHistoryList(List<RiskHistoryEntry> entries, People people) {
        addClassName("risk-history");
        for (RiskHistoryEntry entry : entries) {
            Span when = new Span(Dates.moment(entry.happenedAt()));
            when.addClassName("muted");
            Span what = new Span(entry.kind().label() + (entry.actor() == null ? ""
                    : " by " + people.displayName(entry.actor())));
            what.addClassName("risk-history-what");
            Div line = new Div(when, what);
            if (entry.note() != null && !entry.note().isBlank()) {
                line.add(new Span(entry.note()));
            }
            line.addClassName("risk-history-entry");
            add(line);
        }
    }
}
