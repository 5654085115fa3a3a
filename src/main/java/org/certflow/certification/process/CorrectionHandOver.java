package org.certflow.certification.process;

import static org.certflow.certification.process.CertificationAuditVariables.CORRECTIVE_ACTION_DUE;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_DESCRIPTION;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_GRADE;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_OWNER;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_SOURCE;
import static org.certflow.certification.process.CertificationAuditVariables.FINDING_TITLE;
import static org.certflow.certification.process.CertificationAuditVariables.VERIFIER;

import java.util.HashMap;
import java.util.Map;

import org.certflow.certification.AuditFindings.Correction;

/** What a finding's CorrectiveActionProcess starts with, besides projectId, findingId and the business key. */
final class CorrectionHandOver {

    private CorrectionHandOver() {
    }

    static Map<String, Object> of(Correction correction) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(FINDING_SOURCE, correction.source());
        variables.put(FINDING_TITLE, correction.title());
        variables.put(FINDING_DESCRIPTION, correction.description());
        variables.put(FINDING_GRADE, correction.grade().name());
        variables.put(FINDING_OWNER, correction.owner());
        variables.put(VERIFIER, correction.verifier());
        variables.put(CORRECTIVE_ACTION_DUE, correction.due().toString());
        return variables;
    }
}
