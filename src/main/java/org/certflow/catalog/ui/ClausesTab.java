package org.certflow.catalog.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.certflow.catalog.Clause;
import org.certflow.catalog.Standard;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * Clauses 4-10 of the Harmonized Structure with their title in each standard and how they relate: most are
 * common (done once in an integrated system), a few discipline-specific, two exist only in ISO 42001.
 */
class ClausesTab extends VerticalLayout {

    private final Select<Standard> standard = new Select<>();
    private final Select<Clause.Kind> kind = new Select<>();
    private final SearchField search = new SearchField("Clause or title");
    private final Span shown = new Span();

    ClausesTab(List<Clause> clauses) {
        Map<Clause.Kind, Long> perKind = clauses.stream()
                .collect(Collectors.groupingBy(Clause::kind, Collectors.counting()));
        setPadding(false);
        setSizeFull();

        standard.setLabel("Required by");
        standard.setEmptySelectionAllowed(true);
        standard.setEmptySelectionCaption("Either standard");
        standard.setItems(Standard.values());
        standard.setItemLabelGenerator(s -> s == null ? "Either standard" : s.shortName());
        kind.setLabel("Relation");
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Any");
        kind.setItems(Clause.Kind.values());
        kind.setItemLabelGenerator(k -> k == null ? "Any" : label(k) + " (" + perKind.getOrDefault(k, 0L) + ")");
        search.setLabel("Search");
        shown.addClassName("muted");
        HorizontalLayout filters = new HorizontalLayout(standard, kind, search, shown);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        Grid<Clause> grid = new Grid<>();
        grid.addComponentColumn(c -> indented(c.id())).setHeader("Clause").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(c -> orDash(c.titleIso27001())).setHeader(Standard.ISO27001.shortName()).setFlexGrow(1);
        grid.addColumn(c -> orDash(c.titleIso42001())).setHeader(Standard.ISO42001.shortName()).setFlexGrow(1);
        grid.addComponentColumn(c -> kindBadge(c.kind())).setHeader("Relation").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No clause matches the filters.");
        grid.setSizeFull();
        GridListDataView<Clause> rows = grid.setItems(clauses);
        rows.setFilter(c -> (standard.isEmpty() || c.appliesTo(standard.getValue()))
                && (kind.isEmpty() || c.kind() == kind.getValue())
                && search.matches(c.id(), c.titleIso27001(), c.titleIso42001()));
        rows.addItemCountChangeListener(e -> shown.setText(
                "Showing " + e.getItemCount() + " of " + clauses.size() + " clauses"));
        standard.addValueChangeListener(e -> rows.refreshAll());
        kind.addValueChangeListener(e -> rows.refreshAll());
        search.addValueChangeListener(e -> rows.refreshAll());

        Paragraph summary = new Paragraph("Both standards share the Harmonized Structure, clauses 4-10: "
                + clauses.size() + " clauses, " + perKind.getOrDefault(Clause.Kind.COMMON, 0L) + " common to both, "
                + perKind.getOrDefault(Clause.Kind.DISCIPLINE_SPECIFIC, 0L)
                + " discipline-specific (same number, information security vs AI content), "
                + perKind.getOrDefault(Clause.Kind.ISO42001_ONLY, 0L) + " only in ISO 42001.");
        add(summary, filters, grid);
        setFlexGrow(1, grid);
    }

    private static String label(Clause.Kind kind) {
        return switch (kind) {
            case COMMON -> "Common to both";
            case DISCIPLINE_SPECIFIC -> "Discipline-specific";
            case ISO42001_ONLY -> "ISO 42001 only";
        };
    }

    private static Badge kindBadge(Clause.Kind kind) {
        return new Badge(label(kind), switch (kind) {
            case COMMON -> "success";
            case DISCIPLINE_SPECIFIC -> "info";
            case ISO42001_ONLY -> "warning";
        });
    }

    /** Sub-clauses are indented by their depth (6.1.2 deeper than 6.1), so the outline reads as in the standard. */
    private static Span indented(String clauseId) {
        Span id = new Span(clauseId);
        id.addClassNames("clause-id", "clause-depth-" + (clauseId.split("\\.").length - 1));
        return id;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
