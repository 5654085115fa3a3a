package org.certflow.certification.ui;

import java.util.List;
import java.util.function.Function;

import org.certflow.certification.DocumentedInformation;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** The register of documented information: what, where, which version, approved by whom, and where it came from. */
class RegisterGrid extends Grid<DocumentedInformation> {

    RegisterGrid(boolean bothStandards, Function<String, String> people) {
        addColumn(DocumentedInformation::clause).setHeader("Clause").setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> e.standard() == null ? "Both" : e.standard().shortName()).setHeader("Standard")
                .setAutoWidth(true).setFlexGrow(0).setVisible(bothStandards);
        addColumn(DocumentedInformation::title).setHeader("Title").setFlexGrow(2);
        addColumn(DocumentedInformation::reference).setHeader("Reference").setFlexGrow(3);
        addColumn(e -> Texts.orDash(e.documentVersion())).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> e.isApproved() ? people.apply(e.approvedBy()) + ", " + Dates.day(e.approvedOn()) : "Not yet")
                .setHeader("Approved").setFlexGrow(1);
        addColumn(e -> e.editedBy() != null ? "Edited by " + people.apply(e.editedBy())
                : "Collected from the processes").setHeader("Origin").setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setEmptyStateText("Nothing registered yet: the readiness check collects what the certification processes "
                + "recorded; add the rest here.");
        setAllRowsVisible(true);
    }

    void show(List<DocumentedInformation> entries) {
        setItems(entries);
    }
}
