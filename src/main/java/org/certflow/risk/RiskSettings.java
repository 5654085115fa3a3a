package org.certflow.risk;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project's risk criteria (ISO 27001 6.1.2 a): how often risks are reviewed, the highest residual score a risk
 * owner may accept (above it, only an executive may), and how often AI systems are re-assessed.
 */
@Table("risk_settings")
public class RiskSettings {

    /** Until someone sets them: quarterly reviews, residual scores up to 6 (medium), yearly re-assessment. */
    static final ReviewInterval DEFAULT_REVIEW_INTERVAL = ReviewInterval.QUARTERLY;
    static final int DEFAULT_APPETITE = 6;
    static final ReviewInterval DEFAULT_IMPACT_ASSESSMENT_INTERVAL = ReviewInterval.YEARLY;

    @Id
    private Long projectId;
    private ReviewInterval reviewInterval;
    private int riskAppetite;
    private ReviewInterval impactAssessmentInterval;
    @Version
    private Integer version;

    RiskSettings() {
    }

    static RiskSettings defaults(long projectId) {
        RiskSettings settings = new RiskSettings();
        settings.projectId = projectId;
        settings.reviewInterval = DEFAULT_REVIEW_INTERVAL;
        settings.riskAppetite = DEFAULT_APPETITE;
        settings.impactAssessmentInterval = DEFAULT_IMPACT_ASSESSMENT_INTERVAL;
        return settings;
    }

    public long projectId() {
        return projectId;
    }

    public ReviewInterval reviewInterval() {
        return reviewInterval;
    }

    /** The highest residual score the project accepts without an executive. */
    public int riskAppetite() {
        return riskAppetite;
    }

    public ReviewInterval impactAssessmentInterval() {
        return impactAssessmentInterval;
    }

    public Integer version() {
        return version;
    }

    void change(ReviewInterval reviewInterval, int riskAppetite, ReviewInterval impactAssessmentInterval) {
        this.reviewInterval = reviewInterval;
        this.riskAppetite = riskAppetite;
        this.impactAssessmentInterval = impactAssessmentInterval;
    }
}
