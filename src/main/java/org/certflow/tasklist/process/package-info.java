/** The task list's part in the engine: every completion of a user task is checked against the task's form. */
package org.certflow.tasklist.process;
