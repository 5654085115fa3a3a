package org.certflow.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the review pages, the inputs and the minutes write dates: "4 Jan 2027", "4 Jan 2027, 10:42". */
public final class ReviewFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
            Locale.ENGLISH);
    public static final String NONE = "—";

    private ReviewFormat() {
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
}
