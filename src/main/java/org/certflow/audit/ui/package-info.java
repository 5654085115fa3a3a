/**
 * Audit pages: the audit programme of a project (plan an audit, coverage), an audit's results per requirement, the
 * findings list; and task context: the audit panel where the auditor records results and findings, the finding a
 * corrective action task is about, the programme beside the phase's internal audit task.
 */
package org.certflow.audit.ui;
