/**
 * The task list: which tasks a person sees, claiming and completing them, and the task forms rendered from the
 * Camunda Forms in {@code forms/}; {@code ui/} holds the start page and the task page, {@code process/} the check
 * that holds every completion of a user task, whatever its path, to the task's form.
 */
package org.certflow.tasklist;
