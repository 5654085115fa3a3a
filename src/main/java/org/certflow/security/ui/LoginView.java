package org.certflow.security.ui;

import org.certflow.security.DemoUsers;
import org.springframework.core.env.Environment;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · CertFlow")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView(Environment environment) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        Paragraph tagline = new Paragraph("ISO/IEC 27001 and ISO/IEC 42001 certification, one task at a time.");
        tagline.addClassName("tagline");
        add(new H1("CertFlow"), tagline, login);
        if (environment.matchesProfiles("demo")) {
            Paragraph hint = new Paragraph("Demo: sign in as pia (project manager), colin (control owner), "
                    + "eva (executive) or another demo user from the README; the password is \"" + DemoUsers.PASSWORD
                    + "\".");
            hint.addClassName("muted");
            add(hint);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
