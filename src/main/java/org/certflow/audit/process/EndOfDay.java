package org.certflow.audit.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/** A due day as the engine needs it: the last second of the day, so a task due today is overdue only tomorrow. */
final class EndOfDay {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private EndOfDay() {
    }

    static Date of(LocalDate day) {
        return Date.from(day.atTime(END_OF_DAY).atZone(ZoneId.systemDefault()).toInstant());
    }
}
