package org.certflow.security;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Hands the signed-in user to the engine for each {@code /engine-rest} call, so Camunda's authorization checks
 * apply: a user reads and works only tasks whose candidate group is one of their project role groups.
 * Global groups other than {@code camunda-admin} are left out on purpose: they say who may be named for a
 * role, not who holds it in a project.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAuthentication {

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthenticationFilter(IdentityService identity, People people) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new EngineAuthenticationFilter(identity, people));
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    private record EngineAuthenticationFilter(IdentityService identity, People people) implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated()) {
                chain.doFilter(request, response);
                return;
            }
            List<String> groups = people.groupIds(auth.getName()).stream()
                    .filter(g -> ProjectGroups.isProjectGroup(g) || ProjectGroups.ADMIN_GROUP.equals(g)).toList();
            identity.setAuthentication(auth.getName(), groups);
            try {
                chain.doFilter(request, response);
            } finally {
                identity.clearAuthentication();
            }
        }
    }
}
