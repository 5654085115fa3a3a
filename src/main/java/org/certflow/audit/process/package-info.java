/**
 * The code CertFlow's audit processes call: InternalAuditProcess (one per audit: the auditor's task, then the
 * audit's completion; the audit and certification phase plans its full audit here and calls it) and
 * CorrectiveActionProcess (one per nonconformity, of an internal audit or of the certification body), with their
 * start contracts {@link org.certflow.audit.process.InternalAudits} and
 * {@link org.certflow.audit.process.CorrectiveActionStart}.
 */
package org.certflow.audit.process;
