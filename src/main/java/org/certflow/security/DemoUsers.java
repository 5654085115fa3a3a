package org.certflow.security;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's people, one or more for every role (the README lists them). All sign in with the
 * password {@value #PASSWORD}; Camunda stores it salted and hashed. Created on first start only.
 */
@Component
@Profile("demo")
@Order(1)
public class DemoUsers implements ApplicationRunner {

    public static final String PASSWORD = "demo";

    /** A demo person and the roles an administrator has allowed them to hold. */
    public record DemoUser(String username, String firstName, String lastName, List<Role> roles) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("pia", "Pia", "Palmer", List.of(Role.PROJECT_MANAGER)),
            new DemoUser("colin", "Colin", "Ortega", List.of(Role.CONTROL_OWNER)),
            new DemoUser("carla", "Carla", "Chen", List.of(Role.CONTROL_OWNER)),
            new DemoUser("rita", "Rita", "Rossi", List.of(Role.RISK_OWNER)),
            new DemoUser("aiden", "Aiden", "Ito", List.of(Role.AI_GOVERNANCE_LEAD)),
            new DemoUser("ivan", "Ivan", "Iqbal", List.of(Role.INCIDENT_MANAGER)),
            new DemoUser("aude", "Aude", "Auclair", List.of(Role.INTERNAL_AUDITOR)),
            new DemoUser("eva", "Eva", "Eriksen", List.of(Role.EXECUTIVE)),
            new DemoUser("sam", "Sam", "Serra", List.of(Role.CONTROL_OWNER, Role.RISK_OWNER, Role.INCIDENT_MANAGER)));

    private final People people;

    DemoUsers(People people) {
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser user : USERS) {
            if (people.find(user.username()).isPresent()) {
                continue;
            }
            people.createUser(user.username(), user.firstName(), user.lastName(),
                    user.username() + "@demo.certflow.org", PASSWORD);
            user.roles().forEach(role -> people.addToGroup(user.username(), role.groupId()));
        }
    }
}
