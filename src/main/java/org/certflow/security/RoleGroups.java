package org.certflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure every role has its global Camunda group. Membership of a role group says who an administrator
 * allows to be named for that role in a project; holding the role is decided per project.
 */
@Component
@Order(0)
class RoleGroups implements ApplicationRunner {

    private final IdentityService identity;

    RoleGroups(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            if (identity.createGroupQuery().groupId(role.groupId()).count() == 0) {
                Group group = identity.newGroup(role.groupId());
                group.setName(role.label() + "s");
                group.setType("ROLE");
                identity.saveGroup(group);
            }
        }
    }
}
