package org.certflow.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How CertFlow writes dates on its pages, in review inputs, minutes and exports, so they read alike everywhere:
 * "4 Jan 2027", "4 Jan 2027, 10:42", and a dash where there is none yet.
 */
public final class Dates {

    public static final String NONE = "—";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
            Locale.ENGLISH);

    private Dates() {
    }

    public static String day(LocalDate date) {
        return date == null ? NONE : DAY.format(date);
    }

    public static String day(Instant instant) {
        return instant == null ? NONE : day(LocalDate.ofInstant(instant, ZoneId.systemDefault()));
    }

    public static String moment(Instant instant) {
        return instant == null ? NONE : MOMENT.format(instant.atZone(ZoneId.systemDefault()));
    }

    public static String range(LocalDate from, LocalDate to) {
        return day(from) + " – " + day(to);
    }
}
