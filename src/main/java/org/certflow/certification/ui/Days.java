package org.certflow.certification.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the certification pages write dates, as the project pages do: "4 Jan 2027", a dash where there is none. */
final class Days {

    static final String NONE = "—";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Days() {
    }

    static String day(LocalDate date) {
        return date == null ? NONE : DAY.format(date);
    }

    static String moment(Instant instant) {
        return instant == null ? NONE : MOMENT.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String text(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
