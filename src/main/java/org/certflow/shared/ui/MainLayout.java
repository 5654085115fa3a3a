package org.certflow.shared.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.certflow.security.People;

/** The frame around every signed-in page: navigation on the left, the signed-in person on the top right. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext auth, People people, List<MenuEntry> entries) {
        H1 title = new H1("CertFlow");
        title.addClassName("app-title");

        Div user = new Div();
        user.addClassName("app-user");
        auth.getPrincipalName().ifPresent(name -> user.add(new Span(people.displayName(name))));
        Button signOut = new Button("Sign out", e -> auth.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        user.add(signOut);
        addToNavbar(new DrawerToggle(), title, user);

        SideNav nav = new SideNav();
        entries.stream().sorted(Comparator.comparingInt(MenuEntry::position))
                .forEach(entry -> nav.addItem(new SideNavItem(entry.label(), entry.view(), entry.icon().create())));
        if (auth.hasRole("ADMIN")) {
            SideNavItem cockpit = new SideNavItem("Cockpit (operations)", "/camunda/app/cockpit/",
                    VaadinIcon.COGS.create());
            cockpit.setOpenInNewBrowserTab(true);
            nav.addItem(cockpit);
        }
        addToDrawer(new Scroller(nav));
        setPrimarySection(Section.DRAWER);
    }
}
