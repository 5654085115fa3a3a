package org.certflow.audit;

import org.springframework.data.relational.core.mapping.Table;

/** A requirement in an audit's scope (by key, see {@link Requirement}) and its result; {@code result} is null until recorded. */
@Table("audit_result")
public record AuditResult(String requirement, Conformity result, String note) {

    public boolean isRecorded() {
        return result != null;
    }
}
