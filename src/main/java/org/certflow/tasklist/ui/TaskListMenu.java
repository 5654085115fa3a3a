package org.certflow.tasklist.ui;

import org.certflow.shared.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class TaskListMenu {

    @Bean
    MenuEntry myTasksMenuEntry() {
        return new MenuEntry("My tasks", TaskListView.class, VaadinIcon.TASKS, 10);
    }
}
