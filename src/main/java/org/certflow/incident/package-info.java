/** Incidents: reporting by anyone, triage with a severity decision table, handling to closure. */
package org.certflow.incident;
