package org.certflow.risk;

/** A score (likelihood times impact) and its level, as the risk matrix rates them. */
public record RiskRating(int score, RiskLevel level) {

    @Override
    public String toString() {
        return score + " (" + level.label().toLowerCase() + ")";
    }
}
