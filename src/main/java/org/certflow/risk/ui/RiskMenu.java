package org.certflow.risk.ui;

import org.certflow.shared.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class RiskMenu {

    @Bean
    MenuEntry risksMenuEntry() {
        return new MenuEntry("Risks", RiskRegisterView.class, VaadinIcon.SCALE_UNBALANCE, 30);
    }
}
