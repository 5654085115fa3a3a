package org.certflow.audit.ui;

import org.certflow.audit.AuditStatus;
import org.certflow.audit.Conformity;
import org.certflow.audit.FindingGrade;
import org.certflow.audit.FindingStatus;
import org.certflow.catalog.ui.Badge;

/** The badges of the audit pages, one colour per meaning. */
final class AuditBadges {

    private AuditBadges() {
    }

    static Badge status(AuditStatus status) {
        return new Badge(status.label(), switch (status) {
            case PLANNED -> "neutral";
            case IN_PROGRESS -> "info";
            case COMPLETED -> "success";
        });
    }

    /** The result of a requirement; a requirement without one yet shows "To do". */
    static Badge result(Conformity result) {
        if (result == null) {
            return new Badge("To do", "neutral");
        }
        return new Badge(result.label(), switch (result) {
            case CONFORMING -> "success";
            case NONCONFORMING -> "error";
            case NOT_AUDITED -> "warning";
        });
    }

    static Badge grade(FindingGrade grade) {
        return new Badge(grade.label(), switch (grade) {
            case MAJOR_NONCONFORMITY -> "error";
            case MINOR_NONCONFORMITY -> "warning";
            case OBSERVATION, OPPORTUNITY_FOR_IMPROVEMENT -> "info";
        });
    }

    static Badge status(FindingStatus status) {
        return new Badge(status.label(), switch (status) {
            case OPEN -> "error";
            case ACTION_PLANNED, IMPLEMENTED -> "warning";
            case CLOSED -> "success";
            case NOTED -> "neutral";
        });
    }

    static Badge overdue() {
        return new Badge("Overdue", "error");
    }
}
