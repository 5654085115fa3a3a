package org.certflow.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How audit facts and pages write a day: "4 Jan 2027", and a dash where there is none. */
public final class Days {

    public static final String NONE = "—";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Days() {
    }

    public static String of(LocalDate day) {
        return day == null ? NONE : DAY.format(day);
    }

    public static String of(Instant instant) {
        return instant == null ? NONE : of(LocalDate.ofInstant(instant, ZoneId.systemDefault()));
    }
}
