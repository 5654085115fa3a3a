package org.certflow.test_support;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.certflow.catalog.Standard;
import org.certflow.project.NewProject;
import org.certflow.project.StandardsScope;
import org.certflow.project.StartingPoint;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;

/**
 * A valid wizard input with a unique name and the demo people in every role; each test (or feature's test support)
 * changes what it is about. The AI governance lead is named only where ISO 42001 is in scope, as the wizard asks for
 * one only then.
 */
public final class NewProjectBuilder {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private String name;
    private String organisation = "Acme Analytics Ltd";
    private StandardsScope standards = StandardsScope.BOTH;
    private StartingPoint startingPoint = StartingPoint.NONE;
    private String scope = "Head office in Lyon and the recommendation service";
    private LocalDate startDate = EngineClock.today();
    private LocalDate targetDate;
    private final Map<Role, Set<String>> people = new EnumMap<>(Map.of(
            Role.PROJECT_MANAGER, Set.of("pia"),
            Role.CONTROL_OWNER, Set.of("colin", "carla"),
            Role.RISK_OWNER, Set.of("rita"),
            Role.AI_GOVERNANCE_LEAD, Set.of("aiden"),
            Role.INCIDENT_MANAGER, Set.of("ivan"),
            Role.INTERNAL_AUDITOR, Set.of("aude"),
            Role.EXECUTIVE, Set.of("eva")));

    private NewProjectBuilder() {
        uniqueName("Test project");
    }

    public static NewProjectBuilder aProject() {
        return new NewProjectBuilder();
    }

    public NewProjectBuilder name(String name) {
        this.name = name;
        return this;
    }

    /** A name no other project in the shared test database has: the prefix, a counter and the time. */
    public NewProjectBuilder uniqueName(String prefix) {
        return name(prefix + " " + COUNTER.incrementAndGet() + " " + System.nanoTime());
    }

    public NewProjectBuilder scope(String scope) {
        this.scope = scope;
        return this;
    }

    public NewProjectBuilder standards(StandardsScope standards) {
        this.standards = standards;
        return this;
    }

    public NewProjectBuilder startingPoint(StartingPoint startingPoint) {
        this.startingPoint = startingPoint;
        return this;
    }

    public NewProjectBuilder startDate(LocalDate startDate) {
        this.startDate = startDate;
        return this;
    }

    public NewProjectBuilder targetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
        return this;
    }

    /** These people, and only these, hold the role; none leaves it empty. */
    public NewProjectBuilder people(Role role, String... usernames) {
        return people(role, Set.of(usernames));
    }

    public NewProjectBuilder people(Role role, Set<String> usernames) {
        people.put(role, Set.copyOf(usernames));
        return this;
    }

    /** These people in these roles instead of the demo people; a role not in the map stays empty. */
    public NewProjectBuilder people(Map<Role, Set<String>> roles) {
        people.clear();
        people.putAll(roles);
        return this;
    }

    /** The people in their roles as the project will get them, a copy to change and give back. */
    public Map<Role, Set<String>> people() {
        Map<Role, Set<String>> roles = new EnumMap<>(Role.class);
        roles.putAll(people);
        if (standards != null && !standards.includes(Standard.ISO42001)) {
            roles.remove(Role.AI_GOVERNANCE_LEAD);
        }
        return roles;
    }

    public NewProject build() {
        return new NewProject(name, organisation, standards, startingPoint, scope, startDate, targetDate, people());
    }
}
