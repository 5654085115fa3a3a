package org.certflow.review;

import java.util.List;

import org.certflow.project.StatementOfApplicability;
import org.certflow.shared.ManagementReviewInput;
import org.springframework.stereotype.Component;

/**
 * How far the controls have come, per standard, from the project's Statement of Applicability: part of the
 * performance of the management system (clause 9.3.2 d) and of the risk treatment (9.3.2 f).
 */
@Component
class StatementOfApplicabilityInput implements ManagementReviewInput {

    private final StatementOfApplicability soa;

    StatementOfApplicabilityInput(StatementOfApplicability soa) {
        this.soa = soa;
    }

    @Override
    public String title() {
        return "Statement of Applicability and control implementation";
    }

    @Override
    public int position() {
        return 70;
    }

    @Override
    public List<String> facts(long projectId) {
        return soa.summary(projectId).entrySet().stream().map(entry -> {
            StatementOfApplicability.Summary s = entry.getValue();
            return entry.getKey().title() + ": " + s.controls() + " controls, " + s.decided() + " decided, "
                    + s.applicable() + " applicable, " + s.implemented() + " of them implemented";
        }).toList();
    }
}
