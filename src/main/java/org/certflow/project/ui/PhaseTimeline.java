package org.certflow.project.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.certflow.project.PhasePlan;
import org.certflow.project.ProjectProgress.PhaseProgress;
import org.certflow.project.ProjectProgress.TaskCounts;
import org.certflow.shared.Dates;
import org.certflow.shared.EngineClock;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The four phases, planned against actual: dates, state, tasks, and a bar per phase on one time axis from the
 * project's start to its planned end (or today, when later), with today marked.
 */
class PhaseTimeline extends Grid<PhaseProgress> {

    private final LocalDate axisStart;
    private final long axisDays;
    private final LocalDate today = EngineClock.today();

    PhaseTimeline(List<PhaseProgress> phases) {
        List<PhasePlan> plans = phases.stream().map(PhaseProgress::plan).toList();
        axisStart = Stream.concat(Stream.of(plans.get(0).plannedStart()), plans.stream()
                .filter(p -> p.actualStart() != null).map(p -> day(p.actualStart())))
                .min(LocalDate::compareTo).orElseThrow();
        LocalDate axisEnd = Stream.of(plans.get(plans.size() - 1).plannedDue(), today)
                .max(LocalDate::compareTo).orElseThrow();
        axisDays = Math.max(1, ChronoUnit.DAYS.between(axisStart, axisEnd));

        addClassName("phase-timeline");
        addColumn(p -> p.plan().phase().label()).setHeader("Phase").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(p -> dates(p.plan())).setHeader("Planned / actual").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(p -> ProjectBadges.phase(p.state())).setHeader("State").setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(p -> tasks(p.tasks())).setHeader("Tasks").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(p -> bar(p.plan())).setHeader("Timeline").setWidth("12rem").setFlexGrow(1);
        setAllRowsVisible(true);
        setItems(phases);
    }

    private static Div dates(PhasePlan plan) {
        Div planned = new Div(Dates.range(plan.plannedStart(), plan.plannedDue()));
        Div actual = new Div(plan.actualStart() == null ? "not started"
                : plan.actualEnd() == null ? "since " + Dates.day(plan.actualStart())
                : Dates.range(day(plan.actualStart()), day(plan.actualEnd())));
        actual.addClassName("muted");
        return new Div(planned, actual);
    }

    private static Div tasks(TaskCounts counts) {
        Span overdue = new Span(counts.overdue() + " overdue");
        if (counts.overdue() > 0) {
            overdue.addClassName("overdue");
        }
        return new Div(new Span(counts.done() + " done · " + counts.open() + " open · "), overdue);
    }

    /** A track with the planned window (light) and the actual one (solid, up to today while running). */
    private Div bar(PhasePlan plan) {
        Div track = new Div(segment("planned", plan.plannedStart(), plan.plannedDue()));
        track.addClassName("timeline-track");
        if (plan.actualStart() != null) {
            LocalDate start = day(plan.actualStart());
            LocalDate end = plan.actualEnd() == null ? today : day(plan.actualEnd());
            track.add(segment("actual", start, end.isAfter(start) ? end : start.plusDays(1)));
        }
        Div now = new Div();
        now.addClassName("timeline-today");
        now.getStyle().set("left", percent(today) + "%");
        track.add(now);
        return track;
    }

    private Div segment(String kind, LocalDate from, LocalDate to) {
        Div segment = new Div();
        segment.addClassNames("timeline-segment", "timeline-" + kind);
        segment.getStyle().set("left", percent(from) + "%").set("width", (percent(to) - percent(from)) + "%");
        segment.setTitle(Dates.range(from, to));
        return segment;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneId.systemDefault());
    }

    private double percent(LocalDate date) {
        long days = Math.max(0, Math.min(axisDays, ChronoUnit.DAYS.between(axisStart, date)));
        return 100.0 * days / axisDays;
    }
}
