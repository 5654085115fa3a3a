/** Delegates and listeners of CertificationAuditProcess; its variables in {@link CertificationAuditVariables}. */
package org.certflow.certification.process;
