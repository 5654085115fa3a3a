package org.certflow.audit.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

/** The requirements of an audit's scope in catalogue order, each with its result and the auditor's note. */
class AuditResultsGrid extends Grid<ScopeLine> {

    AuditResultsGrid(Supplier<List<ScopeLine>> lines) {
        addComponentColumn(line -> {
            Span reference = new Span(line.requirement().reference());
            reference.getStyle().set("font-weight", "600");
            return new Span(reference, new Span(" " + line.requirement().title()));
        }).setHeader("Requirement").setFlexGrow(3);
        addComponentColumn(line -> AuditBadges.result(line.result().result())).setHeader("Result")
                .setWidth("10rem").setFlexGrow(0);
        addColumn(line -> line.result().note() == null ? "" : line.result().note()).setHeader("Note")
                .setFlexGrow(2);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setItems(query -> lines.get().stream().skip(query.getOffset()).limit(query.getLimit()));
        setEmptyStateText("Nothing in scope.");
    }
}
