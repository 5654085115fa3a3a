package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.NEXT_SURVEILLANCE_DATE;
import static org.certflow.certification.process.CertificationAuditVariables.RECERTIFICATION_DUE_DATE;
import static org.certflow.certification.process.CertificationAuditVariables.RECERTIFICATION_START_DATE;
import static org.certflow.certification.process.CertificationAuditVariables.SURVEILLANCE_AUDITS_LEFT;
import static org.certflow.certification.process.ProcessValues.endOf;
import static org.certflow.certification.process.ProcessValues.startOf;

import java.util.HashMap;
import java.util.Map;

import org.certflow.certification.CertificationAudit;

/**
 * The timers of a certificate's surveillance cycle, as variables: the next surveillance audit (12 and 24 months
 * after issue), how many are left, and the recertification three months before expiry.
 */
final class SurveillanceSchedule {

    private SurveillanceSchedule() {
    }

    static Map<String, Object> of(CertificationAudit audit) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(NEXT_SURVEILLANCE_DATE, audit.nextSurveillanceDue().map(ProcessValues::startOf).orElse(null));
        variables.put(SURVEILLANCE_AUDITS_LEFT, audit.surveillanceAuditsLeft());
        variables.put(RECERTIFICATION_START_DATE, startOf(audit.recertificationStart().orElseThrow()));
        variables.put(RECERTIFICATION_DUE_DATE, endOf(audit.certificate().orElseThrow().expiresOn()));
        return variables;
    }
}
