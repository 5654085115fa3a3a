package org.certflow.risk;

import java.time.Period;

/** How often a project reviews its risks or re-assesses its AI systems. */
public enum ReviewInterval {
    MONTHLY("Every month", Period.ofMonths(1)),
    QUARTERLY("Every 3 months", Period.ofMonths(3)),
    HALF_YEARLY("Every 6 months", Period.ofMonths(6)),
    YEARLY("Every year", Period.ofYears(1));

    private final String label;
    private final Period period;

    ReviewInterval(String label, Period period) {
        this.label = label;
        this.period = period;
    }

    public String label() {
        return label;
    }

    public Period period() {
        return period;
    }

    /** The ISO 8601 duration the engine's timers take, e.g. {@code P3M}. */
    public String isoDuration() {
        return period.toString();
    }
}
