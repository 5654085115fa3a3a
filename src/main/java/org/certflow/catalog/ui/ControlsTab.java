package org.certflow.catalog.ui;

import java.util.Map;
import java.util.stream.Collectors;

import org.certflow.catalog.Catalog;
import org.certflow.catalog.Control;
import org.certflow.catalog.Standard;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The Annex A controls of one standard, filtered by theme (ISO 27001) or domain (ISO 42001) and by text. */
class ControlsTab extends VerticalLayout {

    private final ComboBox<String> group = new ComboBox<>();
    private final SearchField search = new SearchField("Control id or title");
    private final Span shown = new Span();

    ControlsTab(Catalog catalog, Standard standard) {
        String grouping = standard == Standard.ISO27001 ? "Theme" : "Domain";
        Map<String, Long> perGroup = catalog.controls(standard).stream()
                .collect(Collectors.groupingBy(Control::group, Collectors.counting()));
        setPadding(false);
        setSizeFull();

        group.setLabel(grouping);
        group.setPlaceholder("All");
        group.setClearButtonVisible(true);
        group.setItems(catalog.groups(standard));
        group.setItemLabelGenerator(g -> g + " (" + perGroup.get(g) + ")");
        group.setWidth("22rem");
        search.setLabel("Search");
        shown.addClassName("muted");
        HorizontalLayout filters = new HorizontalLayout(group, search, shown);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        Grid<Control> grid = new Grid<>();
        grid.addColumn(Control::id).setHeader("Control").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(Control::title).setHeader("Title").setFlexGrow(1);
        grid.addColumn(Control::group).setHeader(grouping).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No control matches the filters.");
        grid.setSizeFull();
        GridListDataView<Control> rows = grid.setItems(catalog.controls(standard));
        rows.setFilter(c -> (group.isEmpty() || group.getValue().equals(c.group()))
                && search.matches(c.id(), c.title()));
        rows.addItemCountChangeListener(e -> shown.setText(
                "Showing " + e.getItemCount() + " of " + catalog.controls(standard).size() + " controls"));
        group.addValueChangeListener(e -> rows.refreshAll());
        search.addValueChangeListener(e -> rows.refreshAll());

        add(new Paragraph(summary(standard, catalog, perGroup, grouping)), filters, grid);
        setFlexGrow(1, grid);
    }

    private static String summary(Standard standard, Catalog catalog, Map<String, Long> perGroup, String grouping) {
        return standard.title() + " Annex A: " + catalog.controls(standard).size() + " controls in "
                + perGroup.size() + " " + grouping.toLowerCase() + "s: " + catalog.groups(standard).stream()
                .map(g -> g + " " + perGroup.get(g)).collect(Collectors.joining(" · ")) + ".";
    }
}
