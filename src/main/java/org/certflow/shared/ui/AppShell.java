package org.certflow.shared.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;

/** The page shell: a CSS-only theme on top of Vaadin's pre-built bundle (no frontend build needed). */
@Theme("certflow")
public class AppShell implements AppShellConfigurator {
}
