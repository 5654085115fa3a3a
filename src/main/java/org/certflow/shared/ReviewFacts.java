package org.certflow.shared;

/**
 * How a {@link ManagementReviewInput} quotes a long text (an answer, a finding's description) in its facts: by
 * its start, alike whichever feature wrote it; days are written by {@link Dates}.
 */
public final class ReviewFacts {

    /** The characters of a long text a fact quotes. */
    public static final int QUOTED = 300;

    private ReviewFacts() {
    }

    /** The text, or its first {@value #QUOTED} characters with an ellipsis. */
    public static String quoted(String text) {
        String stripped = text.strip();
        return stripped.length() <= QUOTED ? stripped : stripped.substring(0, QUOTED - 1).stripTrailing() + "…";
    }
}
