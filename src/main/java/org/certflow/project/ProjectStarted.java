package org.certflow.project;

/**
 * Published when a project has been created and its certification process started, in the same transaction, so
 * features that keep their own work per project (a risk review schedule, say) start it with the project.
 */
public record ProjectStarted(long projectId) {
}
