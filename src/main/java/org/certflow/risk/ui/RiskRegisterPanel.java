package org.certflow.risk.ui;

import org.certflow.catalog.Standard;
import org.certflow.catalog.ui.Badge;
import org.certflow.project.Project;
import org.certflow.risk.RiskFilter;
import org.certflow.risk.RiskLevel;
import org.certflow.risk.RiskSettings;
import org.certflow.risk.RiskThreat;
import org.certflow.security.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A project's risk register: heat maps before and after treatment (a cell lists its risks), the filtered list, and
 * the dialog to add a risk or open one.
 */
class RiskRegisterPanel extends VerticalLayout {

    private final RiskPageServices services;
    private final Project project;
    private final RiskHeatMap inherent;
    private final RiskHeatMap residual;
    private final RiskGrid risks;
    private final Span cellNote = new Span();
    private final Button showAll = new Button("Show all risks", e -> showCell(null));

    RiskRegisterPanel(RiskPageServices services, Project project, String username) {
        this.services = services;
        this.project = project;
        addClassName("risk-register");
        setPadding(false);
        RiskSettings criteria = services.settings().of(project.id());
        inherent = new RiskHeatMap("Before treatment", false, services.matrix(), this::showCell);
        residual = new RiskHeatMap("Residual", true, services.matrix(), this::showCell);
        Div legend = new Div();
        legend.addClassName("risk-legend");
        for (RiskLevel level : RiskLevel.values()) {
            legend.add(new Badge(level.label(), RiskBadges.levelClass(level)));
        }
        Span appetite = new Span("Risk appetite: residual score up to " + criteria.riskAppetite() + "; reviews "
                + criteria.reviewInterval().label().toLowerCase() + ".");
        appetite.addClassName("muted");
        Div maps = new Div(inherent, residual, new Div(legend, appetite));
        maps.addClassName("risk-heat-maps");

        risks = new RiskGrid(project.id(), RiskThreat.assessedIn(project.includes(Standard.ISO42001)),
                project.holders(Role.RISK_OWNER), criteria.riskAppetite(), services.register(), services.reviews(),
                services.people());
        risks.grid().addItemClickListener(e -> new RiskDialog(services, project, services.register()
                .get(e.getItem().id()), username, this::reload).open());
        Button add = new Button("Add risk", VaadinIcon.PLUS.create(),
                e -> new RiskDialog(services, project, null, username, this::reload).open());
        add.setId("add-risk");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(services.register().mayEdit(project.id(), username));
        showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout toolbar = new HorizontalLayout(add, cellNote, showAll);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(maps, toolbar, risks);
        setFlexGrow(1, risks);
        showCell(null);
        reload();
    }

    private void showCell(RiskFilter.Cell cell) {
        inherent.select(cell);
        residual.select(cell);
        risks.showCell(cell);
        cellNote.setText(cell == null ? "" : "Risks rated likelihood " + cell.likelihood() + " x impact "
                + cell.impact() + (cell.residual() ? " after treatment" : " before treatment"));
        showAll.setVisible(cell != null);
    }

    private void reload() {
        inherent.show(services.register().heatMap(project.id(), false));
        residual.show(services.register().heatMap(project.id(), true));
        risks.refresh();
    }
}
