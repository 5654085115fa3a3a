package org.certflow.incident.ui;

import java.time.Duration;

/** How the incident pages write ages: "2 d 3 h". */
final class IncidentAges {

    private IncidentAges() {
    }

    /** Days and hours, or hours and minutes under a day, or minutes under an hour. */
    static String age(Duration age) {
        if (age.toDays() > 0) {
            return age.toDays() + " d " + age.toHoursPart() + " h";
        }
        return age.toHours() > 0 ? age.toHours() + " h " + age.toMinutesPart() + " min" : age.toMinutes() + " min";
    }
}
