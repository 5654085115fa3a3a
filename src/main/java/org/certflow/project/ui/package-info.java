/**
 * Project pages: the list, the new-project wizard, the project dashboard, and the Statement of Applicability
 * as task context (editor for the applicability assessment, control card for implementation tasks).
 */
package org.certflow.project.ui;
