package org.certflow.project;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.certflow.security.Role;
import org.certflow.shared.EngineClock;

/** A valid wizard input with the demo people in every role; each test changes what it is about. */
class NewProjectBuilder {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private String name = "Test project " + COUNTER.incrementAndGet() + " " + System.nanoTime();
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

    static NewProjectBuilder aProject() {
        return new NewProjectBuilder();
    }

    NewProjectBuilder name(String name) {
        this.name = name;
        return this;
    }

    NewProjectBuilder scope(String scope) {
        this.scope = scope;
        return this;
    }

    NewProjectBuilder standards(StandardsScope standards) {
        this.standards = standards;
        return this;
    }

    NewProjectBuilder startingPoint(StartingPoint startingPoint) {
        this.startingPoint = startingPoint;
        return this;
    }

    NewProjectBuilder startDate(LocalDate startDate) {
        this.startDate = startDate;
        return this;
    }

    NewProjectBuilder targetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
        return this;
    }

    NewProjectBuilder people(Role role, String... usernames) {
        people.put(role, Set.of(usernames));
        return this;
    }

    NewProject build() {
        return new NewProject(name, organisation, standards, startingPoint, scope, startDate, targetDate, people);
    }
}
