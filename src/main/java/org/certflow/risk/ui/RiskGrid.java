package org.certflow.risk.ui;

import java.util.List;
import java.util.Set;

import org.certflow.catalog.ui.SearchField;
import org.certflow.risk.Risk;
import org.certflow.risk.RiskFilter;
import org.certflow.risk.RiskLevel;
import org.certflow.risk.RiskRegister;
import org.certflow.risk.RiskReviews;
import org.certflow.risk.RiskThreat;
import org.certflow.security.People;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * A project's risks, highest residual score first, loaded page by page from the database under the filters:
 * residual level, threat, owner, above the appetite, review overdue, free text, and a heat map cell.
 */
class RiskGrid extends VerticalLayout {

    private final Grid<Risk> grid = new Grid<>();
    private final Select<RiskLevel> level = new Select<>();
    private final Select<RiskThreat> threat = new Select<>();
    private final Select<String> owner = new Select<>();
    private final Checkbox aboveAppetite = new Checkbox("Above the appetite");
    private final Checkbox overdue = new Checkbox("Review overdue");
    private final SearchField search = new SearchField("Risk or asset");
    private final long projectId;
    private final RiskReviews reviews;
    private RiskFilter.Cell cell;
    private Set<Long> underReview = Set.of();

    RiskGrid(long projectId, List<RiskThreat> threats, List<String> riskOwners, int appetite, RiskRegister register,
             RiskReviews reviews, People people) {
        this.projectId = projectId;
        this.reviews = reviews;
        addClassName("risk-grid");
        setPadding(false);
        choice(level, "Residual level", List.of(RiskLevel.values()), RiskLevel::label, "All levels");
        choice(threat, "Threat or harm", threats, RiskThreat::label, "All");
        choice(owner, "Owner", riskOwners, people::displayName, "Everyone");
        search.setLabel("Search");
        HorizontalLayout filters = new HorizontalLayout(level, threat, owner, search, aboveAppetite, overdue);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        aboveAppetite.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());

        grid.addColumn(Risk::title).setHeader("Risk").setFlexGrow(3);
        grid.addColumn(Risk::asset).setHeader("Asset or AI system").setFlexGrow(2);
        grid.addColumn(r -> r.threat().label()).setHeader("Threat or harm").setFlexGrow(2);
        grid.addComponentColumn(r -> RiskBadges.rating(r.inherent())).setHeader("Inherent").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> RiskBadges.rating(r.residual())).setHeader("Residual").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> people.displayName(r.owner())).setHeader("Owner").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.treatment().label()).setHeader("Treatment").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::nextReview).setHeader("Next review").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> RiskBadges.status(r, underReview.contains(r.id()), appetite,
                EngineClock.today())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("No risk matches the filters.");
        grid.setItems(query -> register.page(projectId, filter(), query.getOffset(), query.getLimit()).stream(),
                query -> register.count(projectId, filter()));
        add(filters, grid);
        setFlexGrow(1, grid);
    }

    Grid<Risk> grid() {
        return grid;
    }

    /** Lists only the risks of this heat map cell; all for null. */
    void showCell(RiskFilter.Cell cell) {
        this.cell = cell;
        refresh();
    }

    /** Reloads, after a change or a review started. */
    void refresh() {
        underReview = reviews.underReview(projectId);
        grid.getDataProvider().refreshAll();
    }

    private RiskFilter filter() {
        return new RiskFilter(level.getValue(), threat.getValue(), owner.getValue(), aboveAppetite.getValue(),
                overdue.getValue(), search.getValue(), cell);
    }

    private Span nextReview(Risk risk) {
        Span day = new Span(Dates.day(risk.nextReview()));
        day.setClassName("overdue", risk.isReviewOverdue(EngineClock.today()));
        return day;
    }

    private <T> void choice(Select<T> select, String label, List<T> items,
                            ItemLabelGenerator<T> names, String all) {
        select.setLabel(label);
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(all);
        select.setItemLabelGenerator(item -> item == null ? all : names.apply(item));
        select.addValueChangeListener(e -> refresh());
    }
}
