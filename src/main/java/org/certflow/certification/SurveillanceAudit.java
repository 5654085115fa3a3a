package org.certflow.certification;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A surveillance audit during the certificate's validity: the first in year one, the second in year two. */
@Table("surveillance_audit")
public record SurveillanceAudit(int surveillanceNumber, LocalDate auditedOn, String reportReference,
                                String summary) {
}
