package org.certflow.tasklist;

/** Which tasks the task list shows. */
public enum TaskScope {
    /** Tasks assigned to the user. */
    MINE("Only mine"),
    /** Tasks assigned to the user and the unclaimed tasks of the roles they hold in their projects. */
    MINE_AND_ROLES("Mine and my roles'");

    private final String label;

    TaskScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
