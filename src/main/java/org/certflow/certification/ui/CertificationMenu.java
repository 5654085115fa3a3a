package org.certflow.certification.ui;

import org.certflow.certification.CertificationHeadlines;
import org.certflow.shared.ui.MenuEntry;
import org.certflow.shared.ui.ProjectDashboardCard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

@Configuration(proxyBeanMethods = false)
class CertificationMenu {

    @Bean
    MenuEntry certificationMenuEntry() {
        return new MenuEntry("Certification", CertificationListView.class, VaadinIcon.DIPLOMA, 70);
    }

    @Bean
    ProjectDashboardCard certificationCard(CertificationHeadlines headlines) {
        return new ProjectDashboardCard(VaadinIcon.DIPLOMA, 50, projectId -> new RouterLink("Certification",
                CertificationView.class, CertificationView.parameters(projectId)), headlines::of);
    }
}
