package org.certflow.risk.ui;

import org.certflow.catalog.Catalog;
import org.certflow.project.StatementOfApplicability;
import org.certflow.risk.AiImpactAssessments;
import org.certflow.risk.AiSystems;
import org.certflow.risk.ProjectRiskSettings;
import org.certflow.risk.RiskMatrix;
import org.certflow.risk.RiskRegister;
import org.certflow.risk.RiskReviews;
import org.certflow.security.People;
import org.springframework.stereotype.Component;

/** The services the risk pages work with, handed to their parts as one. */
@Component
record RiskPageServices(RiskRegister register, RiskReviews reviews, ProjectRiskSettings settings, RiskMatrix matrix,
                        AiSystems aiSystems, AiImpactAssessments assessments, StatementOfApplicability soa,
                        Catalog catalog, People people) {
}
