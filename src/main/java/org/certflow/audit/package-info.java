/**
 * Internal audits and their findings (clauses 9.2 and 10.2): the audit programme of a project with the rule that
 * no auditor audits their own work, results per requirement, findings graded from major nonconformity to
 * opportunity for improvement, and the corrective action of each nonconformity; {@code process/} holds the code of
 * InternalAuditProcess and CorrectiveActionProcess, {@code ui/} the pages.
 */
package org.certflow.audit;
