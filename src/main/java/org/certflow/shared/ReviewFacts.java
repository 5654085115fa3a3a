package org.certflow.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a {@link ManagementReviewInput} writes its facts, so the minutes read alike whichever feature wrote them:
 * days as "4 Jan 2027", and a long text (an answer, a finding's description) quoted by its start.
 */
public final class ReviewFacts {

    /** The characters of a long text a fact quotes. */
    public static final int QUOTED = 300;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ReviewFacts() {
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    public static String day(Instant instant) {
        return day(LocalDate.ofInstant(instant, ZoneId.systemDefault()));
    }

    /** The text, or its first {@value #QUOTED} characters with an ellipsis. */
    public static String quoted(String text) {
        String stripped = text.strip();
        return stripped.length() <= QUOTED ? stripped : stripped.substring(0, QUOTED - 1).stripTrailing() + "…";
    }
}
