package org.certflow.risk;

/** What happened to a risk, as its history lists it. */
public enum RiskHistoryKind {
    IDENTIFIED("Identified"),
    CHANGED("Changed"),
    REVIEW_STARTED("Review started"),
    CONTROLS_CHANGED("Controls changed in review"),
    REVIEWED("Reviewed"),
    PLAN_APPROVED("Treatment plan approved"),
    SENT_BACK("Sent back to treatment"),
    ACCEPTED("Residual risk accepted"),
    REVIEW_COMPLETED("Review completed"),
    INCIDENT("Major incident");

    private final String label;

    RiskHistoryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
