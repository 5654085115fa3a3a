package org.certflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.certflow.catalog.Standard;
import org.junit.jupiter.api.Test;

class ProjectPlannerTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private record Combination(StandardsScope standards, StartingPoint from) {
    }

    /** Every combination the wizard accepts: a 27001 holder must have 42001 in scope. */
    private static List<Combination> acceptedCombinations() {
        List<Combination> result = new ArrayList<>();
        for (StandardsScope standards : StandardsScope.values()) {
            for (StartingPoint from : StartingPoint.values()) {
                if (from == StartingPoint.NONE || standards.includes(Standard.ISO42001)) {
                    result.add(new Combination(standards, from));
                }
            }
        }
        return result;
    }

    @Test
    void every_phase_stays_within_its_range_for_every_scope_and_starting_point() {
        for (Combination combination : acceptedCombinations()) {
            StandardsScope standards = combination.standards();
            StartingPoint from = combination.from();
            for (LocalDate target : new LocalDate[] {null, START.plusWeeks(16), START.plusWeeks(20),
                    START.plusWeeks(40)}) {
                assertThat(ProjectPlanner.plan(START, target, standards, from))
                        .as("%s from %s, target %s", standards, from, target)
                        .extracting(PhasePlan::phase).containsExactly(Phase.values());
                assertThat(ProjectPlanner.plan(START, target, standards, from)).allSatisfy(plan ->
                        assertThat(ChronoUnit.DAYS.between(plan.plannedStart(), plan.plannedDue()))
                                .as("%s for %s from %s, target %s", plan.phase(), standards, from, target)
                                .isBetween(7L * plan.phase().minWeeks(), 7L * plan.phase().maxWeeks()));
            }
        }
    }

    @Test
    void each_phase_starts_the_day_the_previous_one_is_due_and_the_first_on_the_start_date() {
        List<PhasePlan> plan = ProjectPlanner.plan(START, null, StandardsScope.BOTH, StartingPoint.NONE);
        assertThat(plan.get(0).plannedStart()).isEqualTo(START);
        for (int i = 1; i < plan.size(); i++) {
            assertThat(plan.get(i).plannedStart()).isEqualTo(plan.get(i - 1).plannedDue());
        }
    }

    @Test
    void iso27001_holder_adding_iso42001_finishes_sooner_than_from_scratch_in_four_to_six_months() {
        LocalDate holderEnd = end(ProjectPlanner.plan(START, null, StandardsScope.ISO42001_ONLY,
                StartingPoint.CERTIFIED_27001));
        LocalDate fromScratchEnd = end(ProjectPlanner.plan(START, null, StandardsScope.ISO42001_ONLY,
                StartingPoint.NONE));
        assertThat(holderEnd).isBefore(fromScratchEnd).isBetween(START.plusMonths(4), START.plusMonths(6));
        assertThat(end(ProjectPlanner.plan(START, null, StandardsScope.BOTH, StartingPoint.CERTIFIED_27001)))
                .isBefore(end(ProjectPlanner.plan(START, null, StandardsScope.BOTH, StartingPoint.NONE)));
    }

    @Test
    void both_standards_from_scratch_take_longer_than_one() {
        assertThat(end(ProjectPlanner.plan(START, null, StandardsScope.BOTH, StartingPoint.NONE)))
                .isAfter(end(ProjectPlanner.plan(START, null, StandardsScope.ISO27001_ONLY, StartingPoint.NONE)));
    }

    @Test
    void plan_ends_on_or_just_before_a_reachable_target_date() {
        for (int weeks = 16; weeks <= 26; weeks++) {
            LocalDate target = START.plusWeeks(weeks).plusDays(3);
            LocalDate end = end(ProjectPlanner.plan(START, target, StandardsScope.BOTH, StartingPoint.NONE));
            assertThat(end).as("target in %d weeks", weeks).isBeforeOrEqualTo(target)
                    .isAfterOrEqualTo(target.minusDays(Phase.values().length));
        }
    }

    @Test
    void target_beyond_the_longest_plan_gives_the_longest_plan() {
        assertThat(end(ProjectPlanner.plan(START, START.plusYears(2), StandardsScope.ISO27001_ONLY,
                StartingPoint.NONE))).isEqualTo(START.plusWeeks(26));
    }

    @Test
    void far_target_does_not_stretch_a_27001_holder_past_the_middle_of_the_ranges() {
        assertThat(end(ProjectPlanner.plan(START, START.plusYears(2), StandardsScope.ISO42001_ONLY,
                StartingPoint.CERTIFIED_27001))).isEqualTo(START.plusWeeks(21));
    }

    @Test
    void earliest_end_is_the_shortest_plan() {
        assertThat(end(ProjectPlanner.plan(START, START.plusWeeks(16), StandardsScope.BOTH, StartingPoint.NONE)))
                .isEqualTo(ProjectPlanner.earliestEnd(START)).isEqualTo(START.plusWeeks(16));
    }

    private static LocalDate end(List<PhasePlan> plan) {
        return plan.get(plan.size() - 1).plannedDue();
    }
}
