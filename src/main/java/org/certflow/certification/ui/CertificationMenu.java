package org.certflow.certification.ui;

import org.certflow.shared.ui.MenuEntry;
import org.certflow.shared.ui.ProjectPageLink;
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
    ProjectPageLink certificationProjectPageLink() {
        return new ProjectPageLink(VaadinIcon.DIPLOMA, 50, projectId -> new RouterLink("Certification",
                CertificationView.class, CertificationView.parameters(projectId)));
    }
}
