package org.certflow.project;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plans the four phases inside their ranges (gap analysis 2-4 weeks, policy and framework 2-4, control
 * implementation 8-12, audit and certification 4-6). Every phase sits at the same point of its range, the
 * "stretch": 0 is the shortest plan, 1 the longest.
 * <ul>
 * <li>both standards from scratch: the longest plan, 26 weeks;</li>
 * <li>one standard from scratch: the middle, 21 weeks;</li>
 * <li>an ISO 27001 holder adding ISO 42001: a quarter, about 18 weeks (4-5 months), and never past the middle,
 * because policies, risk method and many controls already exist.</li>
 * </ul>
 * A target date stretches or squeezes the plan to end by it, within those limits. Public so the new-project
 * wizard can preview the plan before anything is created.
 */
public final class ProjectPlanner {

    private ProjectPlanner() {
    }

    public static List<PhasePlan> plan(LocalDate start, LocalDate target, StandardsScope standards,
                                       StartingPoint from) {
        double stretch = target == null ? defaultStretch(standards, from)
                : Math.min(maxStretch(from), stretchToReach(start, target));
        List<PhasePlan> plan = new ArrayList<>();
        LocalDate phaseStart = start;
        for (Phase phase : Phase.values()) {
            LocalDate due = phaseStart.plusDays(days(phase, stretch));
            plan.add(new PhasePlan(phase, phaseStart, due));
            phaseStart = due;
        }
        return plan;
    }

    /** The earliest end any plan can reach from this start. */
    static LocalDate earliestEnd(LocalDate start) {
        return start.plusDays(totalDays(0));
    }

    private static double defaultStretch(StandardsScope standards, StartingPoint from) {
        if (from == StartingPoint.CERTIFIED_27001) {
            return 0.25;
        }
        return standards == StandardsScope.BOTH ? 1.0 : 0.5;
    }

    private static double maxStretch(StartingPoint from) {
        return from == StartingPoint.CERTIFIED_27001 ? 0.5 : 1.0;
    }

    private static double stretchToReach(LocalDate start, LocalDate target) {
        long available = ChronoUnit.DAYS.between(start, target);
        long shortest = totalDays(0);
        long longest = totalDays(1);
        return Math.max(0, Math.min(1, (available - shortest) / (double) (longest - shortest)));
    }

    private static long totalDays(double stretch) {
        return Arrays.stream(Phase.values()).mapToLong(p -> days(p, stretch)).sum();
    }

    private static long days(Phase phase, double stretch) {
        return (long) Math.floor(7 * (phase.minWeeks() + stretch * (phase.maxWeeks() - phase.minWeeks())));
    }
}
