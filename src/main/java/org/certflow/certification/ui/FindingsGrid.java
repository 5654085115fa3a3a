package org.certflow.certification.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.certflow.catalog.ui.Badge;
import org.certflow.certification.CertificationFinding;
import org.certflow.certification.FindingGrade;
import org.certflow.certification.FindingStatus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Findings of the certification body: stage, grade, requirement, what was found, who corrects it, how far. */
class FindingsGrid extends Grid<CertificationFinding> {

    private final Column<CertificationFinding> stage;

    FindingsGrid(Function<String, String> people) {
        stage = addColumn(f -> f.stage().label()).setHeader("Stage").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(f -> grade(f.grade())).setHeader("Grade").setAutoWidth(true).setFlexGrow(0);
        addColumn(f -> Texts.orDash(f.requirement())).setHeader("Requirement").setAutoWidth(true).setFlexGrow(0);
        addColumn(CertificationFinding::description).setHeader("Finding").setFlexGrow(3);
        addColumn(f -> people.apply(f.owner())).setHeader("Corrected by").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(f -> status(f.status())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setEmptyStateText("No findings recorded.");
        setAllRowsVisible(true);
    }

    /** For the findings of one stage: the stage goes without saying. */
    FindingsGrid ofOneStage() {
        stage.setVisible(false);
        return this;
    }

    /** Adds a remove button to the findings not raised as corrective actions yet. */
    FindingsGrid removable(Consumer<CertificationFinding> remove) {
        addComponentColumn(f -> {
            Button button = new Button(VaadinIcon.TRASH.create(), e -> remove.accept(f));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            button.setAriaLabel("Remove finding");
            button.setVisible(f.status() == FindingStatus.OPEN);
            return button;
        }).setAutoWidth(true).setFlexGrow(0);
        return this;
    }

    void show(List<CertificationFinding> findings) {
        setItems(findings);
    }

    private static Badge grade(FindingGrade grade) {
        return new Badge(grade.label(), switch (grade) {
            case MAJOR_NONCONFORMITY -> "error";
            case MINOR_NONCONFORMITY -> "warning";
            case OBSERVATION, OPPORTUNITY_FOR_IMPROVEMENT -> "info";
        });
    }

    private static Badge status(FindingStatus status) {
        return new Badge(status.label(), switch (status) {
            case OPEN -> "neutral";
            case IN_CORRECTION -> "warning";
            case CLOSED -> "success";
            case NOTED -> "info";
        });
    }
}
