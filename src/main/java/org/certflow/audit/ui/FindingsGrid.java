package org.certflow.audit.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.certflow.audit.Finding;
import org.certflow.security.People;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * Findings with grade, requirement, owner, status and due date, overdue ones marked; a click on a row opens what
 * was done about it. {@code reference} names a requirement key ("Clause 9.2.2").
 */
class FindingsGrid extends Grid<Finding> {

    FindingsGrid(Supplier<List<Finding>> findings, Function<String, String> reference, People people) {
        addClassName("findings-grid");
        addColumn(Finding::reference).setHeader("Finding").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(f -> AuditBadges.grade(f.grade())).setHeader("Grade").setAutoWidth(true).setFlexGrow(0);
        addColumn(f -> reference.apply(f.requirement())).setHeader("Requirement").setAutoWidth(true).setFlexGrow(0);
        addColumn(Finding::description).setHeader("Description").setFlexGrow(3);
        addColumn(f -> f.owner() == null ? Dates.NONE : people.displayName(f.owner())).setHeader("Owner")
                .setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(f -> AuditBadges.status(f.status())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(this::due).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        setItemDetailsRenderer(new ComponentRenderer<>(
                f -> new FindingDetails(f, people)));
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setItems(query -> findings.get().stream().skip(query.getOffset()).limit(query.getLimit()));
        setEmptyStateText("No findings.");
    }

    private Span due(Finding finding) {
        Span due = new Span(new Text(Dates.day(finding.dueDate())));
        if (finding.isOverdue(EngineClock.today())) {
            due.add(new Text(" "), AuditBadges.overdue());
        }
        return due;
    }
}
