package org.certflow.catalog.ui;

import java.util.List;
import java.util.stream.Stream;

import org.certflow.catalog.Catalog;
import org.certflow.catalog.Control;
import org.certflow.catalog.Standard;
import org.certflow.catalog.TopicOverlap;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Topics where the two Annex A lists meet. The correspondence is CertFlow's own, derived from the control
 * titles, and the page says so: a certification body will not accept it as an official mapping.
 */
class OverlapTab extends VerticalLayout {

    private final Catalog catalog;
    private final SearchField search = new SearchField("Topic, control id or title");
    private final Span shown = new Span();

    OverlapTab(Catalog catalog) {
        this.catalog = catalog;
        List<TopicOverlap> overlaps = catalog.overlaps();
        setPadding(false);
        setSizeFull();

        Paragraph derived = new Paragraph("Derived by the CertFlow team from the control titles: a topic-level "
                + "correspondence to plan reuse between the standards, not an official mapping published by ISO/IEC.");
        derived.addClassName("derived-note");
        Paragraph summary = new Paragraph(overlaps.size() + " topics; they involve "
                + distinct(overlaps.stream().flatMap(o -> o.iso42001Controls().stream())) + " ISO 42001 controls and "
                + distinct(overlaps.stream().flatMap(o -> o.iso27001Controls().stream())) + " ISO 27001 controls.");

        search.setLabel("Search");
        shown.addClassName("muted");
        HorizontalLayout filters = new HorizontalLayout(search, shown);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        Grid<TopicOverlap> grid = new Grid<>();
        grid.addColumn(TopicOverlap::topic).setHeader("Topic").setWidth("14rem").setFlexGrow(0);
        grid.addComponentColumn(o -> controls(Standard.ISO42001, o.iso42001Controls()))
                .setHeader(Standard.ISO42001.shortName()).setFlexGrow(2);
        grid.addComponentColumn(o -> controls(Standard.ISO27001, o.iso27001Controls()))
                .setHeader(Standard.ISO27001.shortName()).setFlexGrow(2);
        grid.addColumn(TopicOverlap::note).setHeader("Note").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No topic matches the search.");
        grid.setSizeFull();
        GridListDataView<TopicOverlap> rows = grid.setItems(overlaps);
        rows.setFilter(o -> search.matches(Stream.concat(Stream.of(o.topic(), o.note()), Stream.concat(
                labels(Standard.ISO42001, o.iso42001Controls()), labels(Standard.ISO27001, o.iso27001Controls())))
                .toArray(String[]::new)));
        rows.addItemCountChangeListener(e -> shown.setText(
                "Showing " + e.getItemCount() + " of " + overlaps.size() + " topics"));
        search.addValueChangeListener(e -> rows.refreshAll());

        add(derived, summary, filters, grid);
        setFlexGrow(1, grid);
    }

    private Div controls(Standard standard, List<String> ids) {
        Div list = new Div();
        list.addClassName("control-list");
        if (ids.isEmpty()) {
            list.add(new Span("no counterpart"));
            list.addClassName("muted");
        }
        labels(standard, ids).forEach(label -> list.add(new Div(label)));
        return list;
    }

    /** "A.2.2 AI policy": id and title, so a reader needs no second window. */
    private Stream<String> labels(Standard standard, List<String> ids) {
        return ids.stream().map(id -> catalog.control(Control.key(standard, id))
                .map(c -> c.id() + " " + c.title()).orElse(id));
    }

    private static long distinct(Stream<String> ids) {
        return ids.distinct().count();
    }
}
