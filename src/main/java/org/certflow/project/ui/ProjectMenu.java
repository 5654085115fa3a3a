package org.certflow.project.ui;

import org.certflow.shared.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class ProjectMenu {

    @Bean
    MenuEntry projectsMenuEntry() {
        return new MenuEntry("Projects", ProjectListView.class, VaadinIcon.FOLDER_OPEN, 20);
    }
}
