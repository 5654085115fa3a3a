package org.certflow.review.ui;

import org.certflow.shared.ui.MenuEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;

@Configuration(proxyBeanMethods = false)
class ReviewMenu {

    @Bean
    MenuEntry awaitingMyDecisionMenuEntry() {
        return new MenuEntry("Awaiting my decision", AwaitingMyDecisionView.class, VaadinIcon.GAVEL, 15);
    }

    @Bean
    MenuEntry managementReviewsMenuEntry() {
        return new MenuEntry("Management reviews", ManagementReviewsView.class, VaadinIcon.GROUP, 60);
    }
}
