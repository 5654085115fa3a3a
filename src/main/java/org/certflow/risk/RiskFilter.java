package org.certflow.risk;

/**
 * Which risks of a project a list shows; a null or false field does not filter. {@code level} is the residual
 * level; {@code cell} is a cell of the heat map, before or after treatment.
 */
public record RiskFilter(RiskLevel level, RiskThreat threat, String owner, boolean aboveAppetiteOnly,
                         boolean reviewOverdueOnly, String text, Cell cell) {

    public static final RiskFilter NONE = new RiskFilter(null, null, null, false, false, null, null);

    /** Risks rated {@code likelihood} x {@code impact}, residual or inherent. */
    public record Cell(boolean residual, int likelihood, int impact) {
    }

    public RiskFilter withCell(Cell cell) {
        return new RiskFilter(level, threat, owner, aboveAppetiteOnly, reviewOverdueOnly, text, cell);
    }
}
