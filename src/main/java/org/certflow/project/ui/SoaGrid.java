package org.certflow.project.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.certflow.catalog.Catalog;
import org.certflow.catalog.Control;
import org.certflow.catalog.Standard;
import org.certflow.catalog.ui.SearchField;
import org.certflow.project.SoaLine;
import org.certflow.security.People;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * A project's Statement of Applicability as a filtered grid: by standard, undecided only, free text; with the
 * counter "N of M decided" for the chosen standard(s). Read-only; {@link SoaEditor} adds editing.
 */
class SoaGrid extends VerticalLayout {

    private final Grid<SoaLine> grid = new Grid<>();
    private final Select<Standard> standard = new Select<>();
    private final Checkbox undecidedOnly = new Checkbox("Undecided only");
    private final SearchField search = new SearchField("Control, title or justification");
    private final Span counter = new Span();
    private final Catalog catalog;
    private final Map<String, String> names = new HashMap<>();
    private final List<Grid.Column<SoaLine>> details = new ArrayList<>();
    private List<SoaLine> lines = List.of();
    private GridListDataView<SoaLine> rows;

    SoaGrid(Set<Standard> standards, Catalog catalog, People people) {
        this.catalog = catalog;
        addClassName("soa-grid");
        setPadding(false);

        standard.setLabel("Standard");
        standard.setItems(standards);
        standard.setEmptySelectionAllowed(true);
        standard.setEmptySelectionCaption("All standards");
        standard.setItemLabelGenerator(s -> s == null ? "All standards" : s.shortName());
        standard.setVisible(standards.size() > 1);
        search.setLabel("Search");
        counter.addClassName("soa-counter");
        HorizontalLayout filters = new HorizontalLayout(standard, search, undecidedOnly, counter);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        standard.addValueChangeListener(e -> refresh());
        undecidedOnly.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());

        grid.addColumn(l -> standards.size() > 1 ? l.standard().shortName() + " " + l.controlId() : l.controlId())
                .setHeader("Control").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> control(l).title()).setHeader("Title").setFlexGrow(2);
        details.add(grid.addColumn(l -> control(l).group()).setHeader("Theme / domain").setAutoWidth(true)
                .setFlexGrow(0));
        grid.addComponentColumn(l -> ProjectBadges.applicability(l.applicable())).setHeader("Applicable")
                .setAutoWidth(true).setFlexGrow(0);
        details.add(grid.addColumn(l -> l.justification() == null ? "" : l.justification())
                .setHeader("Justification").setFlexGrow(2));
        grid.addColumn(l -> l.owner() == null ? "" : names.computeIfAbsent(l.owner(), people::displayName))
                .setHeader("Owner").setAutoWidth(true).setFlexGrow(0);
        details.add(grid.addComponentColumn(l -> ProjectBadges.implementation(l.status())).setHeader("Status")
                .setAutoWidth(true).setFlexGrow(0));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("No line matches the filters.");
        add(filters, grid);
        setFlexGrow(1, grid);
    }

    /** Leaves out theme, justification and status, so the grid fits beside the edit form. */
    void hideDetailColumns() {
        details.forEach(column -> column.setVisible(false));
    }

    Grid<SoaLine> grid() {
        return grid;
    }

    /** Shows these lines (after a reload, say), keeping the filters. */
    void setLines(List<SoaLine> lines) {
        this.lines = lines;
        rows = grid.setItems(lines);
        rows.setFilter(l -> inStandard(l) && (!undecidedOnly.getValue() || !l.isDecided())
                && search.matches(l.controlId(), control(l).title(), l.justification()));
        refresh();
    }

    /** The line shown after this one under the current filters, to move on after a decision. */
    SoaLine lineAfter(long lineId) {
        return rows.getItems().filter(l -> l.id() > lineId).findFirst().orElse(null);
    }

    private void refresh() {
        if (rows != null) {
            rows.refreshAll();
        }
        List<SoaLine> counted = lines.stream().filter(this::inStandard).toList();
        counter.setText(counted.stream().filter(SoaLine::isDecided).count() + " of " + counted.size() + " decided");
    }

    private boolean inStandard(SoaLine line) {
        return standard.isEmpty() || line.standard() == standard.getValue();
    }

    private Control control(SoaLine line) {
        return catalog.control(line.controlKey()).orElseThrow();
    }
}
