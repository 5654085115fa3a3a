/**
 * Certification projects: the plan of four phases, who holds each role, the Statement of Applicability and
 * the decisions taken; {@code process/} holds the delegates of the certification processes.
 */
package org.certflow.project;
