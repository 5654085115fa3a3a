package org.certflow.audit.ui;

import org.certflow.audit.AuditResult;
import org.certflow.audit.Requirement;

/** A requirement in an audit's scope with what the auditor recorded for it. */
record ScopeLine(Requirement requirement, AuditResult result) {
}
