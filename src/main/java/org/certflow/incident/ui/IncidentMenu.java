package org.certflow.incident.ui;

import org.certflow.shared.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class IncidentMenu {

    @Bean
    MenuEntry incidentsMenuEntry() {
        return new MenuEntry("Incidents", IncidentListView.class, VaadinIcon.WARNING, 40);
    }
}
