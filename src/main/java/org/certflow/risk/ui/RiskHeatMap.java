package org.certflow.risk.ui;

import java.util.function.Consumer;

import org.certflow.risk.RiskFilter;
import org.certflow.risk.RiskMatrix;
import org.certflow.risk.RiskRating;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/**
 * A likelihood x impact grid of risk counts, each cell in the colour of its level in the risk matrix (the DMN
 * table), impact rising upwards. Clicking a cell asks to list its risks.
 */
class RiskHeatMap extends Div {

    private final boolean residual;
    private final NativeButton[][] cells = new NativeButton[RiskMatrix.MAX][RiskMatrix.MAX];

    RiskHeatMap(String title, boolean residual, RiskMatrix matrix, Consumer<RiskFilter.Cell> onSelect) {
        this.residual = residual;
        addClassName("risk-heat-map");
        Div grid = new Div();
        grid.addClassName("heat-grid");
        for (int impact = RiskMatrix.MAX; impact >= RiskMatrix.MIN; impact--) {
            grid.add(axisLabel(String.valueOf(impact)));
            for (int likelihood = RiskMatrix.MIN; likelihood <= RiskMatrix.MAX; likelihood++) {
                grid.add(cell(matrix, likelihood, impact, onSelect));
            }
        }
        grid.add(axisLabel(""));
        for (int likelihood = RiskMatrix.MIN; likelihood <= RiskMatrix.MAX; likelihood++) {
            grid.add(axisLabel(String.valueOf(likelihood)));
        }
        Span impactAxis = new Span("Impact");
        impactAxis.addClassName("heat-axis-impact");
        Span likelihoodAxis = new Span("Likelihood");
        likelihoodAxis.addClassName("heat-axis-likelihood");
        add(new H4(title), new Div(impactAxis, grid), likelihoodAxis);
    }

    /** Shows the counts, likelihood first, both from 1. */
    void show(int[][] counts) {
        for (int l = 0; l < RiskMatrix.MAX; l++) {
            for (int i = 0; i < RiskMatrix.MAX; i++) {
                cells[l][i].setText(counts[l][i] == 0 ? "" : String.valueOf(counts[l][i]));
                cells[l][i].setClassName("heat-cell-empty", counts[l][i] == 0);
            }
        }
    }

    /** Outlines the chosen cell if it is one of this map's; none for null. */
    void select(RiskFilter.Cell chosen) {
        for (int l = 0; l < RiskMatrix.MAX; l++) {
            for (int i = 0; i < RiskMatrix.MAX; i++) {
                cells[l][i].setClassName("heat-cell-selected", chosen != null && chosen.residual() == residual
                        && chosen.likelihood() == l + RiskMatrix.MIN && chosen.impact() == i + RiskMatrix.MIN);
            }
        }
    }

    private NativeButton cell(RiskMatrix matrix, int likelihood, int impact, Consumer<RiskFilter.Cell> onSelect) {
        RiskRating rating = matrix.rate(likelihood, impact);
        NativeButton cell = new NativeButton("", e -> onSelect.accept(new RiskFilter.Cell(residual, likelihood,
                impact)));
        cell.addClassNames("heat-cell", RiskBadges.levelClass(rating.level()));
        cell.setTitle("Likelihood " + likelihood + " x impact " + impact + ": " + rating);
        cells[likelihood - RiskMatrix.MIN][impact - RiskMatrix.MIN] = cell;
        return cell;
    }

    private static Span axisLabel(String text) {
        Span label = new Span(text);
        label.addClassName("heat-axis-label");
        return label;
    }
}
