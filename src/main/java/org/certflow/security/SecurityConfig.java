package org.certflow.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.VaadinWebSecurity;

import org.certflow.security.ui.LoginView;

/**
 * Three filter chains: the REST APIs (HTTP Basic, 401 without credentials), the Camunda webapps (their own
 * login and CSRF token) and everything else, the Vaadin UI (login view, Spring's CSRF protection).
 * Path-pattern matchers are used because string matchers miss the Camunda Jersey servlets.
 */
@EnableWebSecurity
@Configuration
class SecurityConfig extends VaadinWebSecurity {

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    @Order(1)
    SecurityFilterChain restApis(HttpSecurity http) throws Exception {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("CertFlow");
        return http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**")))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        // a 401 from the REST chain is rendered through /error, which must not redirect to the login page
        http.authorizeHttpRequests(auth -> auth.requestMatchers(path("/error")).permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class);
    }
}
