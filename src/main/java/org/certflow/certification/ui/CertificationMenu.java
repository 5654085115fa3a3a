package org.certflow.certification.ui;

import org.certflow.shared.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class CertificationMenu {

    @Bean
    MenuEntry certificationMenuEntry() {
        return new MenuEntry("Certification", CertificationListView.class, VaadinIcon.DIPLOMA, 70);
    }
}
