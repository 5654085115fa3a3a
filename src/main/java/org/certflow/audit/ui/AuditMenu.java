package org.certflow.audit.ui;

import org.certflow.shared.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class AuditMenu {

    @Bean
    MenuEntry auditsMenuEntry() {
        return new MenuEntry("Audits", AuditProgrammeView.class, VaadinIcon.CLIPBOARD_CHECK, 50);
    }
}
