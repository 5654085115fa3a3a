package org.certflow.catalog.ui;

import org.certflow.shared.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class CatalogMenu {

    @Bean
    MenuEntry catalogueMenuEntry() {
        return new MenuEntry("Catalogue", CatalogView.class, VaadinIcon.BOOK, 90);
    }
}
