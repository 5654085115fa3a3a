package org.certflow.incident.ui;

import org.certflow.incident.IncidentHeadlines;
import org.certflow.shared.ui.MenuEntry;
import org.certflow.shared.ui.ProjectDashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

@Configuration(proxyBeanMethods = false)
class IncidentMenu {

    @Bean
    MenuEntry incidentsMenuEntry() {
        return new MenuEntry("Incidents", IncidentListView.class, VaadinIcon.WARNING, 40);
    }

    @Bean
    ProjectDashboardCard incidentsCard(IncidentHeadlines headlines) {
        return new ProjectDashboardCard(VaadinIcon.WARNING, 20, projectId -> {
            RouterLink link = new RouterLink("Incidents", IncidentListView.class);
            link.setQueryParameters(ReportIncidentView.forProject(projectId));
            return link;
        }, headlines::of);
    }
}
