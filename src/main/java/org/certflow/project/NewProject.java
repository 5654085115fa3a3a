package org.certflow.project;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.certflow.security.Role;

/**
 * What the new-project wizard collects. {@code targetDate} is optional: when given, the plan is fitted to end by
 * it; {@code people} names, for each role, the usernames holding it in the project.
 */
public record NewProject(String name, String organisation, StandardsScope standards, StartingPoint startingPoint,
                         String scope, LocalDate startDate, LocalDate targetDate, Map<Role, Set<String>> people) {
}
