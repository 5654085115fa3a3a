package org.certflow.certification;

import java.time.LocalDate;

import org.certflow.catalog.Standard;

/**
 * What the register says about one piece of documented information: the clause it serves (for one standard, or
 * {@code null} for both), its title, where it is and in which version, and who approved it when.
 */
public record DocumentDetails(Standard standard, String clause, String title, String reference, String version,
                              String approvedBy, LocalDate approvedOn) {
}
