/**
 * Stage 1 / Stage 2 certification audits: the readiness check before Stage 1 (computed, never ticked by hand),
 * the register of documented information, the evidence pack for the auditor, the certification body's findings
 * and their corrective actions, the certificate, surveillance audits and recertification;
 * {@code process/} holds the code CertificationAuditProcess calls.
 */
package org.certflow.certification;
