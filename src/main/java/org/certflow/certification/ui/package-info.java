/**
 * Certification pages: the projects' certification status, a project's certification page (readiness, documented
 * information, Stage 1 and Stage 2, certificate, evidence pack), and the task context of the audit tasks.
 */
package org.certflow.certification.ui;
