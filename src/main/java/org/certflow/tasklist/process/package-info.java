/**
 * The task list's part in the engine: a task assigned to someone is worked by them only, and every completion of
 * a user task is checked against the task's form.
 */
package org.certflow.tasklist.process;
