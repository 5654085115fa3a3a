package org.certflow.risk.ui;

import java.util.List;

import org.certflow.catalog.Catalog;
import org.certflow.catalog.Control;
import org.certflow.project.SoaLine;
import org.certflow.project.StatementOfApplicability;
import org.certflow.risk.AiImpactAssessments;
import org.certflow.risk.AiSystems;
import org.certflow.risk.ProjectRiskSettings;
import org.certflow.risk.RiskAssessmentProgress;
import org.certflow.risk.RiskMatrix;
import org.certflow.risk.RiskRegister;
import org.certflow.risk.RiskReviewResults;
import org.certflow.risk.RiskReviews;
import org.certflow.security.People;
import org.springframework.stereotype.Component;

/** The services the risk pages work with, handed to their parts as one. */
@Component
record RiskPageServices(RiskRegister register, RiskReviews reviews, RiskReviewResults results,
                        ProjectRiskSettings settings, RiskMatrix matrix, AiSystems aiSystems,
                        AiImpactAssessments assessments, RiskAssessmentProgress progress,
                        StatementOfApplicability soa, Catalog catalog, People people) {

    /** Controls a risk may name: those of the project's SoA not decided as not applicable. */
    List<String> linkableControls(long projectId) {
        return soa.lines(projectId).stream().filter(line -> !Boolean.FALSE.equals(line.applicable()))
                .map(SoaLine::controlKey).toList();
    }

    /** "ISO 27001 5.15 Access control" for a control key; the key itself for one the catalogue lacks. */
    String controlLabel(String controlKey) {
        return catalog.control(controlKey).map(Control::label).orElse(controlKey);
    }
}
