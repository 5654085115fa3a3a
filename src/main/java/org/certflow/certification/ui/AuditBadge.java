package org.certflow.certification.ui;

import java.util.Optional;

import org.certflow.catalog.ui.Badge;
import org.certflow.certification.CertificationAudit;

/** Where a project's latest audit cycle stands, one colour per meaning. */
final class AuditBadge {

    private AuditBadge() {
    }

    static Badge of(Optional<CertificationAudit> latest) {
        return latest.map(audit -> new Badge(audit.status().label(), switch (audit.status()) {
            case PREPARING, STAGE_1_DONE -> "info";
            case CERTIFIED -> "success";
            case NOT_CERTIFIED -> "error";
        })).orElseGet(() -> new Badge("No audit yet", "neutral"));
    }
}
