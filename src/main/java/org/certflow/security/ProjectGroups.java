package org.certflow.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the Camunda group that holds a role in one project, e.g. {@code project12-controlOwner}.
 * Tasks are routed to these groups, so a user sees a task only when they hold its role in its project.
 */
public final class ProjectGroups {

    public static final String ADMIN_GROUP = "camunda-admin";
    private static final Pattern PROJECT_GROUP = Pattern.compile("project(\\d+)-([a-zA-Z]+)");

    private ProjectGroups() {
    }

    public static String groupId(long projectId, Role role) {
        return "project" + projectId + "-" + role.groupId();
    }

    public static boolean isProjectGroup(String groupId) {
        return PROJECT_GROUP.matcher(groupId).matches();
    }

    /** The project a project group belongs to, if the id is one. */
    public static Optional<Long> projectOf(String groupId) {
        Matcher m = PROJECT_GROUP.matcher(groupId);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    public static Optional<Role> roleOf(String groupId) {
        Matcher m = PROJECT_GROUP.matcher(groupId);
        return m.matches() ? Role.ofGroupId(m.group(2)) : Optional.empty();
    }
}
