package org.certflow.audit.ui;

import org.certflow.audit.AuditHeadlines;
import org.certflow.shared.ui.MenuEntry;
import org.certflow.shared.ui.ProjectDashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

@Configuration(proxyBeanMethods = false)
class AuditMenu {

    @Bean
    MenuEntry auditsMenuEntry() {
        return new MenuEntry("Audits", AuditProgrammeView.class, VaadinIcon.CLIPBOARD_CHECK, 50);
    }

    @Bean
    ProjectDashboardCard auditsCard(AuditHeadlines headlines) {
        return new ProjectDashboardCard(VaadinIcon.CLIPBOARD_CHECK, 30, projectId -> new RouterLink(
                "Audits and findings", AuditProgrammeView.class, AuditProgrammeView.parameters(projectId)),
                headlines::of);
    }
}
