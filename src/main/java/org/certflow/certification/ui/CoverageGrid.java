package org.certflow.certification.ui;

import java.util.List;

import org.certflow.catalog.ui.Badge;
import org.certflow.certification.DocumentedInformationRegister.Coverage;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * The documented information the project's standards require, each with the register entry covering it:
 * approved, not approved yet, or missing. The readiness check reads the same coverage.
 */
class CoverageGrid extends Grid<Coverage> {

    CoverageGrid(boolean bothStandards) {
        addColumn(c -> c.document().clause()).setHeader("Clause").setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> c.document().standard().shortName()).setHeader("Standard").setAutoWidth(true).setFlexGrow(0)
                .setVisible(bothStandards);
        addColumn(c -> c.document().title()).setHeader("Required").setFlexGrow(3);
        addComponentColumn(CoverageGrid::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        addColumn(c -> c.entry() == null ? Dates.NONE : c.entry().title() + ": " + c.entry().reference())
                .setHeader("In the register").setFlexGrow(3);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
    }

    void show(List<Coverage> coverage) {
        setItems(coverage);
    }

    private static Badge status(Coverage coverage) {
        if (coverage.entry() == null) {
            return new Badge("Missing", "error");
        }
        return coverage.isApproved() ? new Badge("Approved", "success") : new Badge("Not approved", "warning");
    }
}
