package org.certflow.shared.ui;

import java.util.function.LongFunction;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

/**
 * A link from a project's page to a feature's page about that project (its risks, incidents, audits...). Each
 * feature declares its links as Spring beans, so the project page shows them without depending on the features;
 * {@code link} makes the link for a project id, {@code position} orders them (lower first).
 */
public record ProjectPageLink(VaadinIcon icon, int position, LongFunction<RouterLink> link) {
}
