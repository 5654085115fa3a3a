package org.certflow.tasklist;

/** The order of the task list; ties are broken by creation time, so paging is stable. */
public record TaskSort(By by, boolean ascending) {

    public static final TaskSort DEFAULT = new TaskSort(By.DUE_DATE, true);

    public enum By {
        DUE_DATE, CREATED, NAME
    }
}
