package org.certflow.certification.ui;

import java.util.Optional;

import org.certflow.catalog.ui.Badge;
import org.certflow.certification.ReadinessReport;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The latest readiness check before Stage 1: ready or not, when, and each computed result with its finding. */
class ReadinessPanel extends Div {

    ReadinessPanel(Optional<ReadinessReport> latest) {
        addClassName("readiness-panel");
        if (latest.isEmpty()) {
            add(new Paragraph("Not checked yet: preparing the certification audit runs the checks first."));
            return;
        }
        ReadinessReport report = latest.get();
        int failed = report.failed().size();
        Badge verdict = report.isReady() ? new Badge("Ready for Stage 1", "success")
                : new Badge("Not ready: " + failed + " of " + report.results().size() + " checks failed", "error");
        Div summary = new Div(verdict, new Paragraph("Checked " + Dates.moment(report.checkedAt())
                + ". Every result is computed from the project's records."));
        summary.addClassName("readiness-summary");

        Grid<ReadinessReport.Line> results = new Grid<>();
        results.addComponentColumn(r -> r.passed() ? new Badge("Passed", "success") : new Badge("Failed", "error"))
                .setHeader("Result").setAutoWidth(true).setFlexGrow(0);
        results.addColumn(ReadinessReport.Line::requirement).setHeader("Requirement").setFlexGrow(2);
        results.addColumn(ReadinessReport.Line::finding).setHeader("Finding").setFlexGrow(3);
        results.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        results.setAllRowsVisible(true);
        results.setItems(report.results());
        add(summary, results);
    }
}
