package org.certflow.certification;

import java.time.LocalDate;

/** What the certification body reported after an audit (Stage 1, Stage 2 or surveillance): when, where, in short. */
public record StageReport(LocalDate auditedOn, String reportReference, String summary) {
}
