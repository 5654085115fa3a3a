package org.certflow.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs people in against Camunda's identity service, which stores salted password hashes. Each global group
 * becomes an authority {@code GROUP_<id>}; members of {@code camunda-admin} also get {@code ROLE_ADMIN}.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;
    private final People people;

    CamundaIdentityAuthenticationProvider(IdentityService identity, People people) {
        this.identity = identity;
        this.people = people;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || username.isBlank() || credentials == null
                || !identity.checkPassword(username, credentials.toString())) {
            throw new BadCredentialsException("Wrong user name or password");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String group : people.groupIds(username)) {
            authorities.add(new SimpleGrantedAuthority("GROUP_" + group));
            if (ProjectGroups.ADMIN_GROUP.equals(group)) {
                authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
            }
        }
        return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
