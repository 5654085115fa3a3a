package org.certflow.project.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.certflow.project.NewProject;
import org.certflow.project.PhasePlan;
import org.certflow.project.ProjectPlanner;
import org.certflow.project.StartingPoint;
import org.certflow.shared.Dates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The plan the project would get, shown before anything is created. */
class PlanPreview extends VerticalLayout {

    private static final double DAYS_PER_MONTH = 30.44;

    private final Grid<PhasePlan> phases = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Paragraph warning = new Paragraph();

    PlanPreview() {
        addClassName("plan-preview");
        setPadding(false);
        phases.addColumn(p -> p.phase().label()).setHeader("Phase").setFlexGrow(1);
        phases.addColumn(p -> Dates.day(p.plannedStart())).setHeader("Planned start").setAutoWidth(true);
        phases.addColumn(p -> Dates.day(p.plannedDue())).setHeader("Planned due").setAutoWidth(true);
        phases.addColumn(p -> weeks(p.plannedStart(), p.plannedDue())).setHeader("Weeks").setAutoWidth(true);
        phases.setAllRowsVisible(true);
        warning.addClassName("form-error");
        add(summary, warning, phases);
    }

    void show(NewProject input) {
        boolean complete = input.startDate() != null && input.standards() != null && input.startingPoint() != null;
        phases.setVisible(complete);
        warning.setVisible(false);
        if (!complete) {
            summary.setText("Choose the standards, the starting point and a start date to see the plan.");
            return;
        }
        List<PhasePlan> plan = ProjectPlanner.plan(input.startDate(), input.targetDate(), input.standards(),
                input.startingPoint());
        phases.setItems(plan);
        LocalDate end = plan.get(plan.size() - 1).plannedDue();
        long days = ChronoUnit.DAYS.between(input.startDate(), end);
        summary.setText("Planned end " + Dates.day(end) + ": " + weeks(input.startDate(), end)
                + " weeks, about " + Math.round(days / DAYS_PER_MONTH) + " months"
                + (input.startingPoint() == StartingPoint.CERTIFIED_27001
                        ? ", shorter because the ISO 27001 management system is reused." : "."));
        if (input.targetDate() != null && end.isAfter(input.targetDate())) {
            warning.setText("Even the shortest plan ends after the target date " + Dates.day(input.targetDate())
                    + ".");
            warning.setVisible(true);
        }
    }

    private static String weeks(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days % 7 == 0 ? String.valueOf(days / 7) : String.format("%.1f", days / 7.0);
    }
}
