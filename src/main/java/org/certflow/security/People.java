package org.certflow.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * The people and groups of the installation. Camunda's identity service is the one store, so the task list,
 * Cockpit and Camunda Admin all see the same users, groups and hashed passwords.
 */
@Service
public class People {

    private final IdentityService identity;

    People(IdentityService identity) {
        this.identity = identity;
    }

    public List<Person> all() {
        return identity.createUserQuery().orderByUserFirstName().asc().list().stream().map(People::person).toList();
    }

    /** Everyone an administrator has allowed to hold the role (members of the role's global group). */
    public List<Person> eligibleFor(Role role) {
        return identity.createUserQuery().memberOfGroup(role.groupId()).orderByUserFirstName().asc().list()
                .stream().map(People::person).toList();
    }

    public Optional<Person> find(String username) {
        return Optional.ofNullable(identity.createUserQuery().userId(username).singleResult()).map(People::person);
    }

    public String displayName(String username) {
        return find(username).map(Person::displayName).orElse(username);
    }

    public Set<String> groupIds(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
    }

    public boolean isMember(String username, String groupId) {
        return identity.createUserQuery().userId(username).memberOfGroup(groupId).count() > 0;
    }

    public void createUser(String username, String firstName, String lastName, String email, String password) {
        User user = identity.newUser(username);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password);
        identity.saveUser(user);
    }

    public void addToGroup(String username, String groupId) {
        if (!isMember(username, groupId)) {
            identity.createMembership(username, groupId);
        }
    }

    /** Creates the group if needed and makes exactly these people its members. */
    public void setGroupMembers(String groupId, String name, Collection<String> usernames) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
        Set<String> current = identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId)
                .collect(Collectors.toSet());
        current.stream().filter(u -> !usernames.contains(u)).forEach(u -> identity.deleteMembership(u, groupId));
        usernames.stream().filter(u -> !current.contains(u)).forEach(u -> identity.createMembership(u, groupId));
    }

    private static Person person(User user) {
        String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
        return new Person(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
