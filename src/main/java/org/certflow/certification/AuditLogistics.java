package org.certflow.certification;

import java.time.LocalDate;

/** Who audits, where and when: agreed with the certification body before Stage 1. */
public record AuditLogistics(String certificationBody, String leadAuditor, String auditTeam, String auditedSites,
                             LocalDate stage1Date, LocalDate stage2Date) {
}
