package org.certflow.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * An entry of the navigation on the left. Each feature declares its own entries as Spring beans, so a new
 * feature adds its pages without touching the layout; {@code position} orders them (lower first).
 */
public record MenuEntry(String label, Class<? extends Component> view, VaadinIcon icon, int position) {
}
