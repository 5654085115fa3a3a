package org.certflow.risk.ui;

import java.time.LocalDate;
import java.util.Optional;

import org.certflow.catalog.ui.Badge;
import org.certflow.risk.AiImpactAssessment;
import org.certflow.risk.AiSystem;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The project's AI systems (ISO 42001 A.4, A.5) with the state of their impact assessments; a selected system shows
 * its latest assessment. The AI governance lead and the project manager list, change and retire systems.
 */
class AiSystemsPanel extends VerticalLayout {

    private final RiskPageServices services;
    private final long projectId;
    private final Grid<AiSystem> grid = new Grid<>();
    private final Div details = new Div();
    private final Button edit = new Button("Change purpose or role");
    private final Button retire = new Button("Retire");
    private final boolean editable;

    AiSystemsPanel(RiskPageServices services, long projectId, String username) {
        this.services = services;
        this.projectId = projectId;
        this.editable = services.aiSystems().mayEdit(projectId, username);
        setPadding(false);
        addClassName("ai-systems");
        Button add = new Button("Add AI system", VaadinIcon.PLUS.create(),
                e -> new AiSystemDialog(services, projectId, null, username, this::reload).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(editable);
        edit.addClickListener(e -> grid.asSingleSelect().getOptionalValue().ifPresent(system ->
                new AiSystemDialog(services, projectId, system, username, this::reload).open()));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        retire.addClickListener(e -> grid.asSingleSelect().getOptionalValue().ifPresent(system -> {
            services.aiSystems().retire(system.id(), username);
            Notification.show(system.name() + " retired: no more impact assessments.");
            reload();
        }));

        grid.addColumn(AiSystem::name).setHeader("AI system").setFlexGrow(2);
        grid.addColumn(s -> s.role().label()).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AiSystem::purpose).setHeader("Purpose").setFlexGrow(3);
        grid.addColumn(s -> approved(s).map(a -> a.impactLevel().label()).orElse(Dates.NONE))
                .setHeader("Impact").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> approved(s).map(a -> Dates.day(a.nextAssessment())).orElse(Dates.NONE))
                .setHeader("Next assessment").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No AI systems listed yet. Each one listed gets an impact assessment (ISO 42001 6.1.4).");
        grid.setItems(query -> services.aiSystems().of(projectId).stream().skip(query.getOffset())
                .limit(query.getLimit()));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        add(new HorizontalLayout(add, edit, retire), grid, details);
        show(null);
    }

    private void reload() {
        grid.getDataProvider().refreshAll();
        grid.asSingleSelect().clear();
    }

    private void show(AiSystem system) {
        details.removeAll();
        edit.setVisible(editable && system != null && !system.isRetired());
        retire.setVisible(editable && system != null && !system.isRetired());
        if (system != null) {
            details.add(new AiImpactCard(system, services.assessments().of(system.id()).stream().findFirst()
                    .orElse(null), services.people()));
        }
    }

    private Optional<AiImpactAssessment> approved(AiSystem system) {
        return services.assessments().latestApproved(system.id());
    }

    private Badge status(AiSystem system) {
        if (system.isRetired()) {
            return new Badge("Retired", "neutral");
        }
        LocalDate today = EngineClock.today();
        return approved(system).map(a -> a.isCurrentOn(today) ? new Badge("Assessed", "success")
                : new Badge("Re-assessment due", "error")).orElse(new Badge("Assessment pending", "warning"));
    }
}
