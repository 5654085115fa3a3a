package org.certflow.shared.ui;

import java.util.List;
import java.util.function.LongFunction;

import org.certflow.shared.HeadlineFigure;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

/**
 * A feature's part of a project's page: the link to the feature's page about the project (its risks, incidents,
 * audits...) and the feature's headline figures for the project, computed from its own records. Each feature
 * declares its card as a Spring bean, so the project page shows them without depending on the features;
 * {@code link} and {@code figures} take the project id, {@code position} orders the cards (lower first).
 */
public record ProjectDashboardCard(VaadinIcon icon, int position, LongFunction<RouterLink> link,
                                   LongFunction<List<HeadlineFigure>> figures) {
}
