package org.certflow.incident.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the incident pages write times ("4 Jan 2027, 14:05") and ages ("2 d 3 h"). */
final class IncidentDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private IncidentDates() {
    }

    static String moment(Instant instant) {
        return MOMENT.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** Days and hours, or hours and minutes under a day, or minutes under an hour. */
    static String age(Duration age) {
        if (age.toDays() > 0) {
            return age.toDays() + " d " + age.toHoursPart() + " h";
        }
        return age.toHours() > 0 ? age.toHours() + " h " + age.toMinutesPart() + " min" : age.toMinutes() + " min";
    }
}
