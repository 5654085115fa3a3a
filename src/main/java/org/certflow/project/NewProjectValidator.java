package org.certflow.project;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.certflow.catalog.Standard;
import org.certflow.security.People;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.springframework.stereotype.Component;

/** Checks the wizard's input field by field, so the wizard can put each message next to its field. */
@Component
class NewProjectValidator {

    static final int MAX_NAME = 200;
    static final int MAX_SCOPE = 4000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final People people;
    private final ProjectRepository projects;

    NewProjectValidator(People people, ProjectRepository projects) {
        this.people = people;
        this.projects = projects;
    }

    void validate(NewProject p) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "name", p.name(), "Give the project a name.", MAX_NAME);
        text(errors, "organisation", p.organisation(), "Name the organisation to be certified.", MAX_NAME);
        text(errors, "scope", p.scope(), "Describe the scope: which organisation units, sites and systems.",
                MAX_SCOPE);
        if (!errors.containsKey("name") && projects.findAllByOrderByName().stream()
                .anyMatch(existing -> existing.name().equalsIgnoreCase(p.name().trim()))) {
            errors.put("name", "A project with this name exists already.");
        }
        if (p.standards() == null) {
            errors.put("standards", "Choose at least one standard.");
        }
        if (p.startingPoint() == null) {
            errors.put("startingPoint", "Say where the organisation starts from.");
        } else if (p.startingPoint() == StartingPoint.CERTIFIED_27001 && p.standards() != null
                && !p.standards().includes(Standard.ISO42001)) {
            errors.put("startingPoint", "An organisation already certified to ISO 27001 needs ISO 42001 in scope.");
        }
        dates(errors, p.startDate(), p.targetDate());
        if (p.standards() != null) {
            roles(errors, p);
        }
        if (!errors.isEmpty()) {
            throw new InvalidProjectException(errors);
        }
    }

    private static void text(Map<String, String> errors, String field, String value, String missing, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
        } else if (value.trim().length() > max) {
            errors.put(field, "At most " + max + " characters, please.");
        }
    }

    private static void dates(Map<String, String> errors, LocalDate start, LocalDate target) {
        if (start == null) {
            errors.put("startDate", "Choose a start date.");
            return;
        }
        if (start.isBefore(EngineClock.today().minusYears(1))) {
            errors.put("startDate", "The start date is more than a year ago.");
        }
        if (target == null) {
            return;
        }
        if (!target.isAfter(start)) {
            errors.put("targetDate", "The target date must come after the start date.");
        } else if (target.isBefore(ProjectPlanner.earliestEnd(start))) {
            errors.put("targetDate", "Too early: even the shortest plan ends on "
                    + DATE.format(ProjectPlanner.earliestEnd(start)) + ".");
        }
    }

    /** "control owner", but "AI governance lead": an acronym keeps its capitals. */
    private static String inSentence(Role role) {
        String label = role.label();
        return Character.isUpperCase(label.charAt(1)) ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private void roles(Map<String, String> errors, NewProject p) {
        for (Role role : p.standards().requiredRoles()) {
            Set<String> holders = p.people() == null ? Set.of() : p.people().getOrDefault(role, Set.of());
            String field = "people." + role.groupId();
            if (holders.isEmpty()) {
                errors.put(field, "Name someone as " + inSentence(role) + ".");
            }
            holders.stream().filter(u -> !people.isMember(u, role.groupId())).findFirst()
                    .ifPresent(u -> errors.put(field, people.displayName(u) + " may not act as "
                            + inSentence(role) + ": an administrator must allow it first."));
        }
    }
}
