package org.certflow.review.ui;

import org.certflow.review.ReviewHeadlines;
import org.certflow.shared.ui.MenuEntry;
import org.certflow.shared.ui.ProjectDashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

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

    @Bean
    ProjectDashboardCard managementReviewsCard(ReviewHeadlines headlines) {
        return new ProjectDashboardCard(VaadinIcon.CLIPBOARD_USER, 40, projectId -> {
            RouterLink link = new RouterLink("Management reviews", ManagementReviewsView.class);
            link.setQueryParameters(ManagementReviewsView.forProject(projectId));
            return link;
        }, headlines::of);
    }
}
