/** The task list's pages: the start page with the user's tasks, and the page of one task with its form. */
package org.certflow.tasklist.ui;
