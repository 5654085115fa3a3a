package org.certflow.risk.ui;

import org.certflow.risk.RiskHeadlines;
import org.certflow.shared.ui.MenuEntry;
import org.certflow.shared.ui.ProjectDashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

@Configuration(proxyBeanMethods = false)
class RiskMenu {

    @Bean
    MenuEntry risksMenuEntry() {
        return new MenuEntry("Risks", RiskRegisterView.class, VaadinIcon.SCALE_UNBALANCE, 30);
    }

    @Bean
    ProjectDashboardCard risksCard(RiskHeadlines headlines) {
        return new ProjectDashboardCard(VaadinIcon.SCALE_UNBALANCE, 10,
                projectId -> new RouterLink("Risks", RiskRegisterView.class, RiskRegisterView.parameters(projectId)),
                headlines::of);
    }
}
