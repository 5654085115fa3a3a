package org.certflow.certification.ui;

import org.certflow.shared.Dates;

/** How the certification pages show a text that may be missing: a dash, as for a missing date. */
final class Texts {

    private Texts() {
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? Dates.NONE : value;
    }
}
