/**
 * Management reviews (ISO 27001 / ISO 42001 clause 9.3): {@code ManagementReviewProcess} gathers the inputs every
 * feature contributes ({@link org.certflow.shared.ManagementReviewInput}) and freezes them into the review's
 * record, the project manager prepares, the executive records decisions as actions with owners and due dates, the
 * minutes are exported as PDF, and the next review is scheduled; {@code ui/} holds the review pages and the
 * executive's page of everything awaiting their decision.
 */
package org.certflow.review;
