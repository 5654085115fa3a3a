package org.certflow.audit.ui;

import org.certflow.shared.ui.MenuEntry;
import org.certflow.shared.ui.ProjectPageLink;
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
    ProjectPageLink auditsProjectPageLink() {
        return new ProjectPageLink(VaadinIcon.CLIPBOARD_CHECK, 30, projectId -> new RouterLink("Audits and findings",
                AuditProgrammeView.class, AuditProgrammeView.parameters(projectId)));
    }
}
