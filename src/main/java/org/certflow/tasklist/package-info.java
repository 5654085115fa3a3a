/**
 * The task list: which tasks a person sees, claiming and completing them, and the task forms rendered from the
 * Camunda Forms in {@code forms/}; {@code ui/} holds the start page and the task page.
 */
package org.certflow.tasklist;
